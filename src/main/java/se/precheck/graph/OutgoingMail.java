package se.precheck.graph;

import java.util.List;

/** A plain-text mail sent as the signed-in user (the incident report). */
public record OutgoingMail(List<String> to, String subject, String body) {

    public OutgoingMail {
        to = List.copyOf(to);
    }
}
