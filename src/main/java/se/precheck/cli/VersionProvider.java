package se.precheck.cli;

import picocli.CommandLine.IVersionProvider;
import se.precheck.web.PrecheckServer;

final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"copilot-precheck " + PrecheckServer.VERSION};
    }
}
