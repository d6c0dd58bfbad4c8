package org.lrsched.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The project version (filtered into version.properties at build time) and the JVM it runs on. */
final class Version implements IVersionProvider {

    @Override
    public String[] getVersion() throws IOException {
        Properties build = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
            build.load(in);
        }
        return new String[] {
            "lrsched " + build.getProperty("version"),
            "Java ${java.version} (${java.vm.name} ${java.vm.version}, ${os.name} ${os.arch})"
        };
    }
}
