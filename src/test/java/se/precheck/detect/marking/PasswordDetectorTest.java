package se.precheck.detect.marking;

import static se.precheck.detect.marking.Rows.fires;
import static se.precheck.detect.marking.Rows.none;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Passwords in config lines, forms, connection strings, URLs and prose. All values are invented. */
class PasswordDetectorTest {

    private static final String RULE = PasswordDetector.RULE;
    private static final PasswordDetector DETECTOR = new PasswordDetector();

    static Stream<Rows> table() {
        return Stream.of(
                // codes for named locks and alarms, one-time codes, user / password pairs
                fires("Larmkoden till idrottshallen är 2580 och ska slås innan man låser upp.", RULE, "2580"),
                fires("nya koden till läkemedelsskåpet på avdelning Björken är 7193.", RULE, "7193"),
                fires("Din engångskod är 483920", RULE, "483920"),
                fires("inloggning: vik.solgarden3 / Hemligt123", RULE, "Hemligt123"),
                fires("Logga in med konsult07 / Q!w2e3r4t5y i kväll.", RULE, "Q!w2e3r4t5y"),
                none("Koden för rapporten 2024 finns i ekonomisystemet.", RULE, "a report code, no 'är' or ':' before a number"),
                none("Inloggning: BankID / SITHS-kort", RULE, "login methods, not a password"),
                none("Du får en engångskod i appen när du loggar in.", RULE, "a one-time code mentioned, no value"),
                fires("password=Tr0ub4dor&3", RULE, "Tr0ub4dor&3"),
                fires("DB_PASSWORD=hunter2", RULE, "hunter2"),
                fires("Lösenord: Vinter2025#", RULE, "Vinter2025#"),
                fires("Användarnamn: kalle.k\nLösenord: Kalle123", RULE, "Kalle123"),
                fires("pwd=Qz8!rT", RULE, "Qz8!rT"),
                fires("{\"user\": \"svc\", \"password\": \"p@ss w0rd\"}", RULE, "p@ss w0rd"),
                fires("password: 'S3cr3t-Value'", RULE, "S3cr3t-Value"),
                fires("Server=db01;Database=Vard;User Id=sa;Password=Kn0ckKnock;", RULE, "Kn0ckKnock"),
                fires("jdbc:postgresql://db.example.com/x?user=app&password=Ab12cd34", RULE, "Ab12cd34"),
                fires("postgres://app:S3cretPass@db.example.com:5432/vard", RULE, "S3cretPass"),
                fires("Lösenordet är Sommar2024!", RULE, "Sommar2024!"),
                fires("Lösenordet har ändrats till Vinter2025!", RULE, "Vinter2025!"),
                fires("The password has been reset to Welcome2025", RULE, "Welcome2025"),
                fires("Wifi-nyckel: Kaffe2025kopp", RULE, "Kaffe2025kopp"),
                fires("lösenordet till Unikum för vikarierna är Vasa2025!sommar", RULE, "Vasa2025!sommar"),
                fires("tillfälligt lösenord Hed!2025-xK7q. Byt vid inloggning.", RULE, "Hed!2025-xK7q"),
                // prose and notes as staff write them
                fires("The password for the guest network is Visitor2026!", RULE, "Visitor2026!"),
                fires("Wifi för gäster: nätverk Hedemora-Gast, lösenord Kaffe2026!.", RULE, "Kaffe2026!"),
                fires("Jag satte lösenordet till Hedemora2026 så länge.", RULE, "Hedemora2026"),
                fires("I changed the password to Spring2026 yesterday.", RULE, "Spring2026"),
                fires("Lösen till adminsidan: Skrivare#3344 och den nås från kontorsnätet.", RULE, "Skrivare#3344"),
                fires("användaren vikarie3, PW: Tavla#Blå9.", RULE, "Tavla#Blå9"),
                fires("lösenordet blir Hedemora123 tills du byter det.", RULE, "Hedemora123"),
                fires("Lösenord (tillfälligt): Start!2026", RULE, "Start!2026"),
                fires("Lösenordet (skiftlägeskänsligt) är Hed2026x", RULE, "Hed2026x"),
                none("Lösenord (minst 12 tecken): välj ett eget vid första inloggningen", RULE, "an instruction after the remark"),
                none("Lösenordet har gått ut för många efter helgen.", RULE, "an expired password, no value"),
                none("De ska byta lösenord via självservice-portalen.", RULE, "an instruction, no value"),
                none("Jag bytte lösenord till det nya systemet i går.", RULE, "'till' names the system, no value"),
                none("Kan du hjälpa mig med lösenordet till Teams?", RULE, "a question, no value"),
                none("Ditt lösenord är för svagt.", RULE, "a judgement, no value"),
                none("Nyckel: finns i receptionen", RULE, "ordinary words after the key"),
                none("Lösenord byts var 90:e dag enligt rutinen.", RULE, "an instruction, no value"),
                fires("Lösenordet till gästnätet är Kaffe#Paus7.", RULE, "Kaffe#Paus7"),
                fires("The password is Blue42horse", RULE, "Blue42horse"),
                fires("Wifi-lösenord: kanelbulle99", RULE, "kanelbulle99"),
                fires("Lösenordet är nu \"Hemtjanst2024\".", RULE, "Hemtjanst2024"),
                none("Byt lösenord var 90:e dag.", RULE, "an instruction about passwords"),
                none("Lösenordet ska vara minst 12 tecken långt.", RULE, "a password policy"),
                none("Lösenordet är samma som förut.", RULE, "no password value, ordinary words"),
                none("Lösenordet är hemligt!", RULE, "an ordinary word, not a password"),
                none("password=<ditt lösenord>", RULE, "placeholder in angle brackets"),
                none("password=${DB_PASSWORD}", RULE, "an environment variable"),
                none("password=***", RULE, "masked"),
                none("Lösenord: xxxx", RULE, "masked"),
                none("password=changeme", RULE, "stock placeholder of sample configurations (decision)"),
                none("Lösenord: skickas separat via sms", RULE, "an instruction after the label"),
                none("Lösenord: se bifogad fil", RULE, "an instruction after the label"),
                none("Lösenord: minst 8 tecken", RULE, "a rule after the label"),
                none("Glömt lösenord? Kontakta IT-supporten på 0225-340 00.", RULE, "a help text"),
                none("https://user:password@example.com", RULE, "placeholder in a URL"),
                none("Passet: kväll 16-22", RULE, "'pass' is a work shift, not a key"),
                fires("Portkod 1234, tredje våningen.", RULE, "1234"),
                fires("PGPASSWORD=Hundar99 psql -h db", RULE, "Hundar99"),
                fires("smtpPassword: \"Brev!vagen7\"", RULE, "Brev!vagen7"),
                fires("<add key=\"SmtpPassword\" value=\"K0mmun!2024\" />", RULE, "K0mmun!2024"),
                none("Password: Enter your password", RULE, "an instruction after the label"),
                none("Bypass: Route 5 via Säter", RULE, "a word that ends in 'pass'"),
                none("Kompass: norr", RULE, "a word that ends in 'pass'"),
                none("Server=tcp:srv,1433;User ID=u;Password={your_password};", RULE, "placeholder in braces"),
                fires("Lösenordet till Wifi: Gast2024", RULE, "Gast2024"),
                fires("Ditt tillfälliga lösenord är: Xk7#pQ2m", RULE, "Xk7#pQ2m"),
                none("Mitt lösenord är hemligt.", RULE, "an ordinary word"),
                none("Lösenordet är BankID nuförtiden.", RULE, "a product name"),
                none("Lösenordet är SMS-koden du får.", RULE, "a compound word"),
                fires("Lösenordet är KaffeKopp", RULE, "KaffeKopp"),
                none("Nytt lösenord skickas via SMS.", RULE, "about a password, no value"),
                fires("PIN-kod: 4821", RULE, "4821"),
                fires("Koden till nyckelskåpet är 5566#", RULE, "5566#"),
                none("Portkoden har ändrats, fråga i receptionen.", RULE, "no code given"),
                none("Portkod 0225-340 00 till växeln", RULE, "a phone number, not a code"),
                // compound nouns, network keys, meeting codes
                fires("det gemensamma provlösenordet Ekorre-vt25", RULE, "Ekorre-vt25"),
                fires("gästlösenordet är Vinter-25", RULE, "Vinter-25"),
                fires("Adminlösenord: Hedemora#2025", RULE, "Hedemora#2025"),
                none("Engångslösenordet skickas via sms till din mobil.", RULE, "a compound noun without a value"),
                none("Routerlösenordet är skrivet på undersidan.", RULE, "a word after 'är', no password"),
                none("Hotspot-lösenordet: ditt_lösenord", RULE, "a placeholder"),
                fires("WPA2-nyckel fritid2go!Q", RULE, "fritid2go!Q"),
                fires("Wi-Fi-koden är 55443322", RULE, "55443322"),
                none("WPA2-nyckeln ska vara minst 20 tecken lång.", RULE, "a rule about keys"),
                none("Koden till Wi-Fi står i receptionen.", RULE, "no code given"),
                fires("Meeting ID: 812 4455 9911  Passcode: Xy7bQ2", RULE, "Xy7bQ2"),
                fires("Zoom för externa: Passcode 482913", RULE, "482913"),
                fires("Lösenkod Hk7qP3", RULE, "Hk7qP3"),
                fires("the passcode is 553311", RULE, "553311"),
                none("Mötes-ID: 374 512 889 046", RULE, "a meeting id is not secret"),
                none("Passcode krävs för externa deltagare.", RULE, "no code given"),
                fires("User: admin Pass: Q!w2e3r4", RULE, "Q!w2e3r4"),
                none("Pass: kväll 14-21", RULE, "a work shift"),
                none("Pass: 07.00-16.00", RULE, "a work shift"),
                fires("pw Kaffe2025", RULE, "Kaffe2025"),
                none("pw-filen finns på G-disken.", RULE, "a file name"),
                fires("Hon sa att lösenordet var hundensnamn123", RULE, "hundensnamn123"),
                none("Byt lösenord var 90:e dag.", RULE, "'var' as 'every', a schedule"),
                none("Lösenordet var för kort, minst 12 tecken krävs.", RULE, "'var' with a word after it"),
                fires("https://example.com/f?token=a8F3kQ9zLm2Xp7Rt5Vb1Nc4W&dl=1", RULE, "a8F3kQ9zLm2Xp7Rt5Vb1Nc4W"),
                fires("Nytt SIM-kort: PIN 1234, PUK 87654321", RULE, "87654321"),
                none("PUK-koden står på plastkortet som SIM-kortet satt i.", RULE, "no code given"),
                fires("QR-koden innehåller WIFI:T:WPA;S:Gastnat;P:Solros#2024;;", RULE, "Solros#2024"),
                fires("Återställningsnyckel: 123456-234567-345678-456789", RULE, "123456-234567-345678-456789"),
                // networks named by what the code opens, long subjects, user and password pairs, commands
                fires("Nätverk: Gast-HK, kod till wifi: Dalalven77", RULE, "Dalalven77"),
                fires("Koden för gästnätet är Solros#24 från måndag.", RULE, "Solros#24"),
                fires("the code for the guest network is Visit0r-2026", RULE, "Visit0r-2026"),
                none("Koden till wifi-nätet får du i receptionen.", RULE, "no code given"),
                none("Koden till nätverket: fråga IT.", RULE, "words, no code"),
                fires("the temp pwd for the new laptop user in Home Care is Welcome-4471, change it", RULE, "Welcome-4471"),
                none("The password for the new accounts in Home Care is sent by text message.", RULE, "how it is sent, no value"),
                fires("Skrivaren: user admin / pass Pr1nt!Hdm", RULE, "Pr1nt!Hdm"),
                none("Användare: vik03, pass kväll", RULE, "a work shift after a user name"),
                fires("Användarnamn/lösenord: anna.s / Vinter2024", RULE, "Vinter2024"),
                none("Användarnamn/lösenord: samma som i Outlook", RULE, "no password given"),
                fires("$pw = ConvertTo-SecureString \"Vinter#2025kh\" -AsPlainText -Force", RULE, "Vinter#2025kh"),
                none("$pw = Read-Host -AsSecureString \"Ange lösenord\"", RULE, "a prompt, the password is typed in"),
                none("pwd = getpass.getpass()", RULE, "the password is asked for"),
                fires("Lösenord: Kaffe-Kopp", RULE, "Kaffe-Kopp"),
                fires("curl -u svc_rapport:Hk!8823pqz https://api.example.com/v1/rapport", RULE, "Hk!8823pqz"),
                none("curl -u $USER:$TOKEN https://api.example.com", RULE, "variables, no secret"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void table(Rows row) {
        row.check(DETECTOR);
    }
}
