package org.lrsched.cli.io;

import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * What core logs (the kernel provider's choice, through {@code System.Logger}) as lrsched's own lines on
 * standard error: {@code lrsched: kernel: vector (...)}, one line each, without the logger's date line. Warnings
 * (the scalar fallback, which says what is missing) always show; the INFO line only with {@code --verbose}, since
 * nothing should be on standard error when nothing is wrong.
 */
public final class LogLines {
    /** Held here: java.util.logging keeps loggers only weakly, and would forget the level with the logger. */
    private static final Logger LRSCHED = Logger.getLogger("org.lrsched");
    private static final String PREFIX = "lrsched ";

    private LogLines() {}

    /** For the process's own standard error: quiet, unless {@link #verbose()} is asked for. */
    public static void install() {
        for (Handler handler : Logger.getLogger("").getHandlers()) {
            handler.setFormatter(new OneLine());
        }
        LRSCHED.setLevel(Level.WARNING);
    }

    /** The INFO lines too. */
    public static void verbose() {
        LRSCHED.setLevel(Level.INFO);
    }

    private static final class OneLine extends Formatter {
        @Override
        public String format(LogRecord record) {
            String message = formatMessage(record);
            // core's messages may name lrsched themselves ("lrsched kernel: ..."): one prefix is enough
            return "lrsched: " + (message.startsWith(PREFIX) ? message.substring(PREFIX.length()) : message) + "\n";
        }
    }
}
