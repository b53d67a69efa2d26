package se.precheck.policy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A municipality's policy file (PRECHECK_POLICY) laid over the default policy. Every key is
 * checked and every problem is collected, in Swedish, before anything is applied: a file is used
 * whole or not at all.
 */
final class MunicipalOverrides {

    static final List<String> KEYS = List.of("guidelineVersion", "tenants", "intranetHosts", "localSystems",
            "switchboardNumbers", "allowedTerms", "extraTerms", "allowedTermsByCategory", "severityOverrides", "profiles");
    private static final Pattern GUID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern HOST = Pattern.compile("(https?://)?[A-Za-z0-9.-]+(:\\d+)?(/\\S*)?");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private MunicipalOverrides() {
    }

    static Policy apply(Policy base, byte[] bytes, String source) {
        JsonNode root;
        try {
            root = YAML.readTree(bytes);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " (rad " + e.getLocation().getLineNr() + ")";
            throw new PolicyException(source, List.of("filen är inte giltig YAML" + where + ": " + e.getOriginalMessage()));
        } catch (IOException e) {
            throw new PolicyException(source, List.of("filen går inte att läsa"));
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            throw new PolicyException(source, List.of("filen är tom"));
        }
        if (!root.isObject()) {
            throw new PolicyException(source, List.of("filen ska bestå av nycklar med värden (t.ex. intranetHosts: [...])"));
        }
        List<String> problems = new ArrayList<>();
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!KEYS.contains(key)) {
                problems.add("okänd nyckel '" + key + "' (tillåtna: " + String.join(", ", KEYS) + ")");
            }
        }
        String guideline = base.guidelineVersion();
        if (root.has("guidelineVersion")) {
            JsonNode g = root.get("guidelineVersion");
            if (!g.isTextual() || g.asText().isBlank()) {
                problems.add("guidelineVersion ska vara en text som namnger riktlinjens version");
            } else {
                guideline = g.asText().trim();
            }
        }
        Set<String> tenants = strings(root, "tenants", base.tenants(), problems, (v, p) -> {
            if (!GUID.matcher(v).matches()) p.add("tenants: '" + v + "' är inget klient-id (GUID)");
            return v.toLowerCase(Locale.ROOT);
        });
        Set<String> hosts = strings(root, "intranetHosts", base.intranetHosts(), problems, (v, p) -> {
            if (!HOST.matcher(v).matches()) p.add("intranetHosts: '" + v + "' är inget värdnamn");
            return v.toLowerCase(Locale.ROOT);
        });
        Set<String> systems = strings(root, "localSystems", base.localSystems(), problems, (v, p) -> v);
        Set<String> numbers = strings(root, "switchboardNumbers", base.switchboardNumbers(), problems, (v, p) -> {
            String digits = v.replaceAll("\\D", "");
            if (digits.length() < 5 || !v.matches("[0-9 +()\\-]+")) p.add("switchboardNumbers: '" + v + "' är inget telefonnummer");
            return digits;
        });
        Set<String> allowed = strings(root, "allowedTerms", base.allowedTerms(), problems, (v, p) -> v);
        Map<String, Integer> lines = PolicyTerms.lines(bytes);
        Map<Category, List<String>> extraTerms = root.has("extraTerms")
                ? PolicyTerms.read(root.get("extraTerms"), "extraTerms", lines, problems) : base.extraTerms();
        Map<Category, Set<String>> allowedByCategory = root.has("allowedTermsByCategory")
                ? PolicyTerms.asSets(PolicyTerms.read(root.get("allowedTermsByCategory"), "allowedTermsByCategory", lines, problems))
                : base.allowedTermsByCategory();
        // A public person's name allowed here is also a public name for the name detector.
        Set<String> allowedNames = allowedByCategory.getOrDefault(Category.PERSON_NAME, Set.of());
        if (!allowedNames.isEmpty()) {
            allowed = new LinkedHashSet<>(allowed);
            allowed.addAll(allowedNames);
        }

        Map<String, Rule> rules = new LinkedHashMap<>(base.rules());
        severities(root.get("severityOverrides"), "severityOverrides", base, problems)
                .forEach((id, severity) -> rules.put(id, rules.get(id).withSeverity(severity)));

        Map<String, AdministrationProfile> profiles = new LinkedHashMap<>();
        JsonNode p = root.get("profiles");
        if (p != null && !p.isNull()) {
            if (!p.isObject()) {
                problems.add("profiles ska ha en förvaltning per nyckel, t.ex. Socialförvaltningen: {severityOverrides: {...}}");
            } else {
                p.fields().forEachRemaining(e -> {
                    String name = e.getKey().trim();
                    String where = "profiles." + name;
                    JsonNode body = e.getValue();
                    if (name.isEmpty()) {
                        problems.add("profiles: en förvaltning saknar namn");
                        return;
                    }
                    if (body == null || !body.isObject()) {
                        problems.add(where + " ska innehålla severityOverrides");
                        return;
                    }
                    body.fieldNames().forEachRemaining(k -> {
                        if (!k.equals("severityOverrides")) problems.add(where + ": okänd nyckel '" + k + "' (tillåten: severityOverrides)");
                    });
                    Map<String, Severity> s = severities(body.get("severityOverrides"), where + ".severityOverrides", base, problems);
                    if (profiles.put(name.toLowerCase(Locale.ROOT), new AdministrationProfile(name, s)) != null) {
                        problems.add("profiles: förvaltningen '" + name + "' finns två gånger");
                    }
                });
            }
        }
        if (!problems.isEmpty()) {
            throw new PolicyException(source, problems);
        }
        return new Policy(base.version(), guideline, rules, base.reminders(), numbers, hosts, systems, allowed,
                base.minConfidence(), tenants, profiles, extraTerms, allowedByCategory);
    }

    private interface Check {
        String apply(String value, List<String> problems);
    }

    /** A list of texts replacing the default's, each checked; absent: the default's. */
    private static Set<String> strings(JsonNode root, String key, Set<String> fallback, List<String> problems, Check check) {
        JsonNode node = root.get(key);
        if (node == null) {
            return fallback;
        }
        if (node.isNull()) {
            return Set.of();
        }
        if (!node.isArray()) {
            problems.add(key + " ska vara en lista, t.ex. " + key + ": [\"...\"]");
            return fallback;
        }
        Set<String> out = new LinkedHashSet<>();
        for (JsonNode item : node) {
            if (!item.isValueNode() || item.asText().isBlank()) {
                problems.add(key + ": tomt eller ogiltigt värde i listan");
                continue;
            }
            out.add(check.apply(item.asText().trim(), problems));
        }
        return out;
    }

    private static Map<String, Severity> severities(JsonNode node, String where, Policy base, List<String> problems) {
        Map<String, Severity> out = new LinkedHashMap<>();
        if (node == null || node.isNull()) {
            return out;
        }
        if (!node.isObject()) {
            problems.add(where + " ska ha regel-id som nycklar och info, low, medium eller high som värden");
            return out;
        }
        node.fields().forEachRemaining(e -> {
            String id = e.getKey();
            boolean known = base.rules().containsKey(id);
            if (!known) {
                problems.add(where + ": okänd regel '" + id + "'");
            }
            Severity severity = null;
            try {
                severity = e.getValue().isTextual() ? Severity.valueOf(e.getValue().asText().trim().toUpperCase(Locale.ROOT)) : null;
            } catch (IllegalArgumentException ignored) {
                // reported below
            }
            if (severity == null) {
                problems.add(where + "." + id + ": okänd allvarlighetsgrad '" + e.getValue().asText()
                        + "' (tillåtna: info, low, medium, high)");
            } else if (known) {
                out.put(id, severity);
            }
        });
        return out;
    }
}
