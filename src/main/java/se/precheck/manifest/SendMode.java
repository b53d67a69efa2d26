package se.precheck.manifest;

import java.util.Arrays;
import java.util.Locale;

/**
 * What Outlook does when the send check objects or cannot run (Smart Alerts). {@code softBlock} is the
 * default: the user cannot send past a "stop" but can send when the add-in is unavailable.
 * {@code block} keeps every mail until the check has run, and is allowed only for admin-deployed add-ins.
 */
public enum SendMode {
    PROMPT_USER("promptUser", "PromptUser"),
    SOFT_BLOCK("softBlock", "SoftBlock"),
    BLOCK("block", "Block");

    /** The spelling in the unified manifest and in launchevent.js. */
    public final String json;
    /** The spelling in the XML manifest's {@code LaunchEvent SendMode}. */
    public final String xml;

    SendMode(String json, String xml) {
        this.json = json;
        this.xml = xml;
    }

    /** Accepts either spelling, any case; blank means the default, {@link #SOFT_BLOCK}. */
    public static SendMode parse(String value) {
        if (value == null || value.isBlank()) {
            return SOFT_BLOCK;
        }
        String v = value.trim().toLowerCase(Locale.ROOT).replace("_", "");
        return Arrays.stream(values()).filter(m -> m.json.toLowerCase(Locale.ROOT).equals(v)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "Okänt sändningsläge '" + value + "': använd softBlock, promptUser eller block"));
    }
}
