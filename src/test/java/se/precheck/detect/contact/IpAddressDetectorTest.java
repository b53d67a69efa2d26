package se.precheck.detect.contact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Addresses from the documentation ranges 192.0.2.0/24 and 2001:db8::/32. */
class IpAddressDetectorTest {

    private static final IpAddressDetector DETECTOR = new IpAddressDetector();

    static Stream<Arguments> rows() {
        return Stream.of(
                // must fire
                Arguments.of("Inloggningen kom från 192.0.2.44 i går.", List.of("192.0.2.44"), "IPv4 in a sentence"),
                Arguments.of("192.0.2.1", List.of("192.0.2.1"), "IPv4 alone"),
                Arguments.of("fast adress 10.20.30.41, nätmask 255.255.255.0", List.of("10.20.30.41"), "a host next to its subnet mask"),
                Arguments.of("subnet mask 255.255.240.0 och gateway 192.0.2.1", List.of("192.0.2.1"), "mask is no host; the gateway is"),
                Arguments.of("ip 255.255.255.255", List.of(), "the broadcast address (all ones) names no host"),
                Arguments.of("nätet 192.0.2.0/24", List.of("192.0.2.0/24"), "CIDR"),
                Arguments.of("ip 1.2.3.4", List.of("1.2.3.4"), "small octets with IP context"),
                Arguments.of("2001:db8:85a3:0:0:8a2e:370:7334", List.of("2001:db8:85a3:0:0:8a2e:370:7334"), "full IPv6"),
                Arguments.of("adress 2001:db8::1, sedan", List.of("2001:db8::1"), "shortened IPv6"),
                Arguments.of("fe80::1ff:fe23:4567:890a", List.of("fe80::1ff:fe23:4567:890a"), "link-local"),
                Arguments.of("::ffff:192.0.2.128", List.of("::ffff:192.0.2.128"), "IPv4-mapped IPv6"),
                // must not fire
                Arguments.of("version 1.2.3.4", List.of(), "version number"),
                Arguments.of("Uppdatera till v. 10.2.3.40", List.of(), "version number with larger parts"),
                Arguments.of("se avsnitt 3.2.1.4", List.of(), "section number"),
                Arguments.of("Mjukvaruversion 4.12.1.220 har en bugg.", List.of(), "a compound ending in a version word"),
                Arguments.of("Klientversionen: 3.10.2.200", List.of(), "a compound version word and a colon"),
                Arguments.of("Exempel: 127.0.0.1 är localhost.", List.of(), "loopback names no one's machine"),
                Arguments.of("server 0.0.0.0:8080", List.of(), "listening on all interfaces, no host"),
                Arguments.of("Servern i versionsrummet har ip 192.0.2.31.", List.of("192.0.2.31"), "a host with an IP word"),
                Arguments.of("1.2.3.4", List.of(), "small quad without context"),
                Arguments.of("2024.01.02.1", List.of(), "date-like"),
                Arguments.of("192.0.2.256", List.of(), "octet above 255"),
                Arguments.of("192.0.2.1.5", List.of(), "five parts"),
                Arguments.of("kl 12:30:45", List.of(), "time"),
                Arguments.of("10:00-12:00", List.of(), "time range"),
                Arguments.of("a:b:c", List.of(), "colon list"),
                Arguments.of("Se 4.12.3.1 i riktlinjen", List.of(), "clause number with a two-digit part"),
                Arguments.of("3.10.2.4 Behörighet och åtkomst", List.of(), "heading number"),
                Arguments.of("Firefox uppdaterades till 115.0.2.1 (version)", List.of(), "version word after the number"),
                Arguments.of("OID 2.16.752.1", List.of(), "object identifier"),
                Arguments.of("Servern har ip 10.0.0.12", List.of("10.0.0.12"), "private network with context"),
                Arguments.of("10.0.0.1", List.of("10.0.0.1"), "private network 10 without context"),
                Arguments.of("Enligt rutin 5.1.2.3 ska [IP-ADRESS 1] spärras", List.of(), "an IP word after a clause number (redacted text)"),
                Arguments.of("Anslaget är 1.200.150.100 kr", List.of(), "an amount with dots between thousands"),
                Arguments.of("krav 4.2.1.3 uppfylls av 192.0.2.7", List.of("192.0.2.7"), "only the section number is dropped"),
                Arguments.of("Planerat avbrott v. 14: 192.0.2.15 startas om", List.of("192.0.2.15"), "'v.' is a week here, not a version"),
                Arguments.of("Se bilaga 2. Skrivaren 192.168.10.44 på plan 3.", List.of("192.168.10.44"), "a section word a sentence away"),
                Arguments.of("Ver. 4.18.2.145", List.of(), "a version word right before the number"),
                Arguments.of("1.2.3.4 (build) rullas ut", List.of(), "a version word right after the number"),
                Arguments.of("DNS 8.8.8.8", List.of("8.8.8.8"), "a quad of small parts after an IP word"));
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("rows")
    void findsIpAddresses(String text, List<String> expected, String reason) {
        assertThat(Run.spans(DETECTOR, text)).as(reason).isEqualTo(expected);
    }
}
