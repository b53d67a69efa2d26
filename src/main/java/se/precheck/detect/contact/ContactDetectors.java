package se.precheck.detect.contact;

import java.util.List;
import se.precheck.detect.Detector;

/** The detectors of this family, in the order they run. */
public final class ContactDetectors {

    public static final List<Detector> ALL = List.of(
            new EmailDetector(),
            new PhoneDetector(),
            new AddressDetector(),
            new BankAccountDetector(),
            new PaymentCardDetector(),
            new VehicleRegistrationDetector(),
            new IpAddressDetector(),
            new DateOfBirthDetector(),
            new CaseNumberDetector());

    private ContactDetectors() {
    }
}
