package se.precheck.load;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * A light open-loop load generator: sends {@code POST} requests at a constant rate whatever the
 * service's answers take (wrk2's idea; Debian has only wrk, which is closed-loop and so measures
 * saturation). Each request's latency is counted from the moment it was <em>due</em>, so a stall
 * in the service — or in this generator — shows up in the percentiles instead of silently slowing
 * the load down (no coordinated omission). Every latency is kept (a {@code long[]} of one slot per
 * request), so the percentiles are exact rather than bucketed.
 *
 * <p>Built to stay out of the way of the service it measures on the same cores: plain HTTP/1.1
 * keep-alive over non-blocking sockets, two threads, no HTTP library. The request bytes are built
 * once (a header block per token, a body block per body, written with one gathering write). A
 * <em>sender</em> thread sleeps until each request is due and writes it on an idle connection;
 * when every connection is busy it opens a new one (up to {@value #MAX_CONNECTIONS}; past that
 * the request waits for the first connection to come free, its wait counted in its latency), so
 * a slow answer never delays the next send. One <em>reader</em> thread (a selector over every
 * connection) parses the answers (Content-Length or chunked) and hands the connection back. The
 * generator's own CPU time over the measured phase is reported ({@code generator_cpu_percent},
 * of one core).
 *
 * <pre>
 * java -cp … se.precheck.load.OpenLoopLoad URL RATE_PER_S SECONDS BODIES TOKENS [WARMUP_S] [SUMMARY_FILE]
 * </pre>
 *
 * Bodies (one JSON per line) and bearer tokens (one per line) are used round robin, so every user
 * sends at RATE / tokens per second. The warm-up is closed-loop (two requests at a time, to warm
 * the JIT without piling up a backlog); its requests count toward {@code ok_total} (the number the
 * statistics must match) but not toward the percentiles. The answer to each body is hashed
 * per upstream (nginx's {@code X-Upstream} response header when behind the load balancer), so a
 * body answered differently by two instances is reported.
 */
public final class OpenLoopLoad {

    /** Connections at most; past it a due request waits for a free one (and its wait counts). */
    static final int MAX_CONNECTIONS = 512;
    /** An answer not complete this long after its due time counts as {@code timeout}. */
    static final long REQUEST_TIMEOUT_NS = TimeUnit.SECONDS.toNanos(30);
    /** A connection idle this long is closed rather than reused (the server may be about to close it). */
    static final long MAX_IDLE_NS = TimeUnit.SECONDS.toNanos(10);

    private OpenLoopLoad() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 5) {
            System.err.println("usage: OpenLoopLoad URL RATE_PER_S SECONDS BODIES TOKENS [WARMUP_S] [SUMMARY_FILE]");
            System.exit(2);
        }
        URI uri = URI.create(args[0]);
        double rate = Double.parseDouble(args[1]);
        double seconds = Double.parseDouble(args[2]);
        List<String> bodies = Files.readAllLines(Path.of(args[3])).stream().filter(l -> !l.isBlank()).toList();
        List<String> tokens = Files.readAllLines(Path.of(args[4])).stream().filter(l -> !l.isBlank()).toList();
        double warmup = args.length > 5 ? Double.parseDouble(args[5]) : 0;
        Path summary = args.length > 6 ? Path.of(args[6]) : null;

        Map<String, String> result;
        try (Run run = new Run(uri, bodies, tokens)) {
            String warmupOutcomes = "{}";
            if (warmup > 0) {
                System.out.printf("warm-up: %.0f s, closed loop with 2 requests at a time%n", warmup);
                warmupOutcomes = run.warmUp(warmup);
                System.out.println("warm-up outcomes " + warmupOutcomes);
            }
            System.out.printf("measuring: %.0f s at %.1f/s against %s%n", seconds, rate, uri);
            result = run.phase(rate, seconds);
            result.put("warmup_outcomes", warmupOutcomes);
        }
        StringBuilder out = new StringBuilder();
        result.forEach((k, v) -> out.append(k).append('=').append(v).append('\n'));
        System.out.print(out);
        if (summary != null) {
            Files.writeString(summary, out);
        }
        System.exit(result.get("errors").equals("0") ? 0 : 1);
    }

    /** One request on its way: when it was due, which body, where its latency goes. */
    private record Sent(int index, long due, int body) {
    }

    /** What a phase collects; written by the reader thread only, read after the phase. */
    private static final class Tally {
        final long[] latency;
        final Map<String, Long> outcomes = new HashMap<>();
        final Map<String, Long> upstreams = new HashMap<>();
        final Map<Integer, Set<String>> answers = new HashMap<>();
        final Map<Integer, Set<String>> answeredBy = new HashMap<>();
        final CountDownLatch done;
        final Semaphore window; // closed loop only

        Tally(int n, Semaphore window) {
            latency = new long[Math.max(n, 0)];
            done = new CountDownLatch(Math.max(n, 0));
            this.window = window;
        }

        synchronized void count(String outcome) {
            outcomes.merge(outcome, 1L, Long::sum);
        }

        synchronized String outcomes() {
            return new TreeMap<>(outcomes).toString();
        }
    }

    /** One keep-alive connection and the answer being read on it. */
    private static final class Conn {
        final SocketChannel channel;
        ByteBuffer in = ByteBuffer.allocate(16 * 1024);
        volatile Sent sent;
        volatile Tally tally;
        long idleSince;
        SelectionKey key;

        Conn(SocketChannel channel) {
            this.channel = channel;
        }
    }

    static final class Run implements AutoCloseable {

        private final InetSocketAddress address;
        private final ByteBuffer[] heads;
        private final ByteBuffer[] payloads;
        private final Selector selector;
        private final Thread reader;
        private final ConcurrentLinkedQueue<Object> toRegister = new ConcurrentLinkedQueue<>();
        private final ArrayDeque<Object> idle = new ArrayDeque<>();       // guarded by this
        private final ArrayDeque<Object[]> backlog = new ArrayDeque<>();  // guarded by this: {Sent, Tally}
        private final Set<Object> open = new HashSet<>();                 // guarded by this
        private final AtomicLong okTotal = new AtomicLong();
        private final MessageDigest sha256;
        private volatile boolean closing;
        private long sent;
        private int maxOpen;

        Run(URI uri, List<String> bodies, List<String> tokens) throws IOException {
            int port = uri.getPort() > 0 ? uri.getPort() : 80;
            this.address = new InetSocketAddress(uri.getHost(), port);
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            if (uri.getRawQuery() != null) path += "?" + uri.getRawQuery();
            String hostHeader = uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "");
            heads = new ByteBuffer[tokens.size()];
            for (int i = 0; i < heads.length; i++) {
                heads[i] = ByteBuffer.wrap(("POST " + path + " HTTP/1.1\r\nHost: " + hostHeader
                        + "\r\nContent-Type: application/json\r\nAuthorization: Bearer " + tokens.get(i) + "\r\n")
                        .getBytes(StandardCharsets.US_ASCII)).asReadOnlyBuffer();
            }
            payloads = new ByteBuffer[bodies.size()];
            for (int i = 0; i < payloads.length; i++) {
                byte[] body = bodies.get(i).getBytes(StandardCharsets.UTF_8);
                byte[] head = ("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
                byte[] all = Arrays.copyOf(head, head.length + body.length);
                System.arraycopy(body, 0, all, head.length, body.length);
                payloads[i] = ByteBuffer.wrap(all).asReadOnlyBuffer();
            }
            try {
                sha256 = MessageDigest.getInstance("SHA-256");
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
            selector = Selector.open();
            reader = new Thread(this::readLoop, "load-reader");
            reader.setDaemon(true);
            reader.start();
        }

        /**
         * Warms the service's JIT up without overloading it: two requests at a time, each sent when
         * one is answered, for {@code seconds}. (An open-loop warm-up at the target rate piles a
         * backlog onto a cold service that it then never works off on a busy machine.)
         */
        String warmUp(double seconds) throws Exception {
            Semaphore window = new Semaphore(2);
            long end = System.nanoTime() + (long) (seconds * 1e9);
            Tally tally = new Tally(0, window);
            int i = 0;
            while (System.nanoTime() < end) {
                if (!window.tryAcquire(100, TimeUnit.MILLISECONDS)) continue;
                send(new Sent(i++, System.nanoTime(), nextBody()), tally, nextToken());
                sent++;
            }
            window.acquire(2); // both answered
            return tally.outcomes();
        }

        private int nextBody() {
            // Shifted by one each round through the bodies, so that a round-robin balancer with
            // as many upstreams as divide the number of bodies still sends each body to each.
            return (int) ((sent + sent / payloads.length) % payloads.length);
        }

        private int nextToken() {
            return (int) (sent % heads.length);
        }

        /** Sends {@code seconds × rate} requests on schedule and waits for every answer. */
        Map<String, String> phase(double rate, double seconds) throws Exception {
            int n = (int) Math.round(seconds * rate);
            double period = 1e9 / rate;
            Tally tally = new Tally(n, null);
            Arrays.fill(tally.latency, Long.MAX_VALUE);
            long maxLag = 0;
            long cpuStart = processCpuNanos();
            long start = System.nanoTime() + 50_000_000L;
            for (int i = 0; i < n; i++) {
                long due = start + (long) (i * period);
                long wait;
                while ((wait = due - System.nanoTime()) > 0) {
                    LockSupport.parkNanos(wait);
                }
                maxLag = Math.max(maxLag, -wait);
                send(new Sent(i, due, nextBody()), tally, nextToken());
                sent++;
            }
            long sendEnd = System.nanoTime();
            boolean all = tally.done.await(REQUEST_TIMEOUT_NS + TimeUnit.SECONDS.toNanos(5), TimeUnit.NANOSECONDS);
            long end = System.nanoTime();
            long cpu = processCpuNanos() - cpuStart;
            double elapsed = (end - start) / 1e9;
            Map<String, String> r = new LinkedHashMap<>();
            long ok;
            synchronized (tally) {
                if (!all) {
                    long missing = tally.done.getCount();
                    tally.outcomes.merge("no_answer", missing, Long::sum);
                }
                ok = tally.outcomes.getOrDefault("200", 0L);
            }
            long[] sorted = tally.latency.clone();
            Arrays.sort(sorted);
            r.put("requests", String.valueOf(n));
            r.put("target_rate_per_s", String.format(Locale.ROOT, "%.1f", rate));
            r.put("achieved_rate_per_s", String.format(Locale.ROOT, "%.1f", ok / elapsed));
            r.put("send_seconds", String.format(Locale.ROOT, "%.1f", (sendEnd - start) / 1e9));
            r.put("max_send_lag_ms", String.format(Locale.ROOT, "%.1f", maxLag / 1e6));
            r.put("ok", String.valueOf(ok));
            r.put("errors", String.valueOf(n - ok));
            r.put("outcomes", tally.outcomes());
            r.put("p50_ms", ms(sorted, 0.50));
            r.put("p90_ms", ms(sorted, 0.90));
            r.put("p99_ms", ms(sorted, 0.99));
            r.put("p99_9_ms", ms(sorted, 0.999));
            r.put("max_ms", n == 0 ? "0" : sorted[n - 1] == Long.MAX_VALUE ? "inf" : String.format(Locale.ROOT, "%.1f", sorted[n - 1] / 1e6));
            synchronized (tally) {
                r.put("upstreams", new TreeMap<>(tally.upstreams).toString());
                long differing = tally.answers.values().stream().filter(s -> s.size() > 1).count();
                long byMany = tally.answeredBy.values().stream().filter(s -> s.size() > 1).count();
                r.put("bodies_answered", String.valueOf(tally.answers.size()));
                r.put("bodies_answered_by_several_upstreams", String.valueOf(byMany));
                r.put("bodies_with_differing_answers", String.valueOf(differing));
            }
            r.put("ok_total", String.valueOf(okTotal.get()));
            r.put("connections_opened_max", String.valueOf(maxOpenSeen()));
            r.put("generator_cpu_percent", String.format(Locale.ROOT, "%.1f", 100.0 * cpu / (end - start)));
            return r;
        }

        private synchronized int maxOpenSeen() {
            return maxOpen;
        }

        /** Writes the request on an idle connection, a new one, or queues it when {@value #MAX_CONNECTIONS} are busy. */
        private void send(Sent s, Tally tally, int token) {
            Conn conn;
            long now = System.nanoTime();
            synchronized (this) {
                conn = null;
                while (!idle.isEmpty()) {
                    Conn c = (Conn) idle.pop();
                    if (now - c.idleSince < MAX_IDLE_NS) {
                        conn = c;
                        break;
                    }
                    closeQuietly(c);
                }
                if (conn == null && open.size() >= MAX_CONNECTIONS) {
                    backlog.add(new Object[] {s, tally, token});
                    return;
                }
            }
            if (conn == null) {
                try {
                    SocketChannel ch = SocketChannel.open(address);
                    ch.setOption(StandardSocketOptions.TCP_NODELAY, true);
                    ch.configureBlocking(false);
                    conn = new Conn(ch);
                } catch (IOException e) {
                    finish(tally, s, e.getClass().getSimpleName(), null, null);
                    return;
                }
                synchronized (this) {
                    open.add(conn);
                    maxOpen = Math.max(maxOpen, open.size());
                }
                toRegister.add(conn);
                selector.wakeup();
            }
            write(conn, s, tally, token);
        }

        private void write(Conn conn, Sent s, Tally tally, int token) {
            conn.tally = tally;
            conn.sent = s;
            ByteBuffer[] parts = {heads[token].duplicate(), payloads[s.body()].duplicate()};
            try {
                long spinUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
                while (parts[1].hasRemaining()) {
                    conn.channel.write(parts);
                    if (parts[1].hasRemaining()) {
                        if (System.nanoTime() > spinUntil) throw new IOException("write stalled");
                        LockSupport.parkNanos(50_000);
                    }
                }
            } catch (IOException e) {
                // The reader sees the closed channel; the outcome is counted once, here.
                if (claim(conn) != null) {
                    finish(tally, s, e.getClass().getSimpleName(), null, null);
                }
                closeQuietly(conn);
            }
        }

        /** Takes the request off the connection, once (reader and writer may both try). */
        private static Sent claim(Conn conn) {
            synchronized (conn) {
                Sent s = conn.sent;
                conn.sent = null;
                return s;
            }
        }

        private void finish(Tally tally, Sent s, String outcome, String upstream, byte[] body) {
            if (tally.window == null) {
                tally.latency[s.index()] = System.nanoTime() - s.due();
            }
            tally.count(outcome);
            if ("200".equals(outcome)) {
                okTotal.incrementAndGet();
                if (tally.window == null) {
                    String hash = java.util.HexFormat.of().formatHex(sha256.digest(body));
                    synchronized (tally) {
                        tally.upstreams.merge(upstream, 1L, Long::sum);
                        tally.answers.computeIfAbsent(s.body(), k -> new HashSet<>()).add(hash);
                        tally.answeredBy.computeIfAbsent(s.body(), k -> new HashSet<>()).add(upstream);
                    }
                }
            }
            if (tally.window != null) {
                tally.window.release();
            } else {
                tally.done.countDown();
            }
        }

        private void closeQuietly(Conn c) {
            synchronized (this) {
                open.remove(c);
                idle.remove(c);
            }
            try {
                c.channel.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }

        // ---- the reader thread ----

        private void readLoop() {
            long lastSweep = System.nanoTime();
            while (!closing) {
                try {
                    selector.select(200);
                    Object o;
                    while ((o = toRegister.poll()) != null) {
                        Conn c = (Conn) o;
                        if (c.channel.isOpen()) {
                            c.key = c.channel.register(selector, SelectionKey.OP_READ, c);
                        } else {
                            failInFlight(c, "closed");
                        }
                    }
                    for (var it = selector.selectedKeys().iterator(); it.hasNext(); ) {
                        SelectionKey key = it.next();
                        it.remove();
                        if (key.isValid() && key.isReadable()) {
                            read((Conn) key.attachment());
                        }
                    }
                    long now = System.nanoTime();
                    if (now - lastSweep > 200_000_000L) {
                        lastSweep = now;
                        sweepTimeouts(now);
                    }
                } catch (IOException | RuntimeException e) {
                    if (!closing) e.printStackTrace();
                }
            }
        }

        private void sweepTimeouts(long now) {
            for (SelectionKey key : selector.keys()) {
                Conn c = (Conn) key.attachment();
                Sent s = c.sent;
                if (s != null && now - s.due() > REQUEST_TIMEOUT_NS) {
                    failInFlight(c, "timeout");
                    closeQuietly(c);
                }
            }
        }

        private void failInFlight(Conn c, String outcome) {
            Tally tally = c.tally;
            Sent s = claim(c);
            if (s != null) finish(tally, s, outcome, null, null);
        }

        private void read(Conn c) {
            int n;
            try {
                if (!c.in.hasRemaining()) {
                    c.in = ByteBuffer.allocate(c.in.capacity() * 2).put(c.in.flip());
                }
                n = c.channel.read(c.in);
            } catch (IOException e) {
                n = -1;
            }
            Response r = Response.parse(c.in, n < 0);
            if (r == null && n >= 0) {
                return; // not complete yet
            }
            c.in.clear();
            Tally tally = c.tally;
            Sent s = claim(c);
            if (r == null) {
                // closed before a whole answer (or while idle)
                closeQuietly(c);
                if (s != null) finish(tally, s, "closed", null, null);
                return;
            }
            if (s == null) { // an answer nobody asked for
                closeQuietly(c);
                return;
            }
            String outcome = r.status == 200 ? "200" : r.status + errorCode(r.body);
            finish(tally, s, outcome, r.upstream == null ? "direct" : r.upstream.replace(", ", "->"), r.body);
            if (r.close || n < 0) {
                closeQuietly(c);
            } else {
                release(c);
            }
        }

        /** The connection is free again: the oldest queued request, else the idle pool. */
        private void release(Conn c) {
            Object[] next;
            synchronized (this) {
                next = backlog.poll();
                if (next == null) {
                    c.idleSince = System.nanoTime();
                    idle.push(c);
                    return;
                }
            }
            write(c, (Sent) next[0], (Tally) next[1], (Integer) next[2]);
        }

        @Override
        public void close() {
            closing = true;
            selector.wakeup();
            try {
                reader.join(2_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            synchronized (this) {
                for (Object o : open) {
                    try {
                        ((Conn) o).channel.close();
                    } catch (IOException ignored) {
                        // closing anyway
                    }
                }
            }
            try {
                selector.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
    }

    /** A complete HTTP/1.1 answer. */
    record Response(int status, String upstream, boolean close, byte[] body) {

        /**
         * The answer in {@code buf} (written up to its position) when it is complete, else null.
         * {@code eof}: the peer closed, so an answer without a length ends here.
         */
        static Response parse(ByteBuffer buf, boolean eof) {
            byte[] a = buf.array();
            int len = buf.position();
            int headEnd = indexOf(a, 0, len, CRLFCRLF);
            if (headEnd < 0) return null;
            String head = new String(a, 0, headEnd, StandardCharsets.ISO_8859_1);
            String[] lines = head.split("\r\n");
            String[] statusLine = lines[0].split(" ", 3);
            if (statusLine.length < 2 || !statusLine[0].startsWith("HTTP/")) {
                return new Response(-1, null, true, new byte[0]);
            }
            int status = Integer.parseInt(statusLine[1]);
            boolean close = statusLine[0].equals("HTTP/1.0");
            long length = -1;
            boolean chunked = false;
            String upstream = null;
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                if (colon < 0) continue;
                String name = lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT);
                String value = lines[i].substring(colon + 1).trim();
                switch (name) {
                    case "content-length" -> length = Long.parseLong(value);
                    case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
                    case "connection" -> close = value.equalsIgnoreCase("close") || (close && !value.equalsIgnoreCase("keep-alive"));
                    case "x-upstream" -> upstream = value;
                    default -> { }
                }
            }
            int bodyStart = headEnd + 4;
            if (chunked) {
                java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
                int p = bodyStart;
                while (true) {
                    int lineEnd = indexOf(a, p, len, CRLF);
                    if (lineEnd < 0) return null;
                    String sizeText = new String(a, p, lineEnd - p, StandardCharsets.ISO_8859_1);
                    int semi = sizeText.indexOf(';');
                    int size = Integer.parseInt((semi < 0 ? sizeText : sizeText.substring(0, semi)).trim(), 16);
                    p = lineEnd + 2;
                    if (size == 0) {
                        // no trailers expected: the last chunk is followed by an empty line
                        if (len - p < 2) return null;
                        return new Response(status, upstream, close, body.toByteArray());
                    }
                    if (len - p < size + 2) return null;
                    body.write(a, p, size);
                    p += size + 2;
                }
            }
            if (length >= 0) {
                if (len - bodyStart < length) return null;
                return new Response(status, upstream, close, Arrays.copyOfRange(a, bodyStart, bodyStart + (int) length));
            }
            if (status == 204 || status == 304 || (status >= 100 && status < 200)) {
                return new Response(status, upstream, close, new byte[0]);
            }
            // no length: the body runs to the end of the connection
            return eof ? new Response(status, upstream, true, Arrays.copyOfRange(a, bodyStart, len)) : null;
        }

        private static final byte[] CRLFCRLF = {'\r', '\n', '\r', '\n'};
        private static final byte[] CRLF = {'\r', '\n'};

        private static int indexOf(byte[] a, int from, int to, byte[] needle) {
            outer:
            for (int i = from; i <= to - needle.length; i++) {
                for (int j = 0; j < needle.length; j++) {
                    if (a[i + j] != needle[j]) continue outer;
                }
                return i;
            }
            return -1;
        }
    }

    /** " busy", " check_timeout", … from a JSON error answer {"error": code, …}; empty otherwise. */
    static String errorCode(byte[] body) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"error\"\\s*:\\s*\"([a-z_]{1,40})\"")
                .matcher(new String(body, StandardCharsets.UTF_8));
        return m.find() ? " " + m.group(1) : "";
    }

    /** The latency at quantile {@code q} (nearest rank) in milliseconds. */
    static String ms(long[] sorted, double q) {
        if (sorted.length == 0) return "0";
        int rank = (int) Math.ceil(q * sorted.length) - 1;
        long v = sorted[Math.max(0, Math.min(sorted.length - 1, rank))];
        return v == Long.MAX_VALUE ? "inf" : String.format(Locale.ROOT, "%.1f", v / 1e6);
    }

    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }
}
