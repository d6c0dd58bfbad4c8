package org.lrsched.cli;

import java.lang.reflect.InvocationTargetException;
import picocli.CommandLine;

/**
 * Makes the commands for picocli, handing the context to those that take it in their constructor: commands get
 * their streams from here, not from the parent command, so no command depends on {@link Main}.
 */
record CommandFactory(CommandContext context) implements CommandLine.IFactory {

    @Override
    public <K> K create(Class<K> type) throws Exception {
        try {
            return type.cast(type.getDeclaredConstructor(CommandContext.class).newInstance(context));
        } catch (NoSuchMethodException e) {
            return CommandLine.defaultFactory().create(type); // options, mixins, converters, and commands without it
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }
}
