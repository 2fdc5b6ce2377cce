package org.msbiome.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import org.msbiome.io.internal.Bindings;
import org.msbiome.io.internal.JacksonSupport;
import tools.jackson.core.Version;
import tools.jackson.databind.JacksonModule;

/**
 * The Jackson 3 module of the msbiome format: a serializer and a deserializer for every core type, so that
 * a plain Jackson mapper writes and reads core values (nested in your own JSON) in exactly the msbiome
 * shape. Core types carry no Jackson annotation; everything is here.
 *
 * <p>The module is found by {@code JsonMapper.builder().findAndAddModules()} (it is registered with
 * {@code ServiceLoader}, on the class path and the module path), or added by hand:
 * {@code JsonMapper.builder().addModule(new MsbiomeModule()).build()}.
 *
 * <p>The module binds values only. Whole documents, with their envelope ({@code format}, {@code version},
 * {@code kind}), complete problem reports and Bean Validation, are read and written by
 * {@link MsbiomeReader} and {@link MsbiomeWriter}. Deserializing through the module reports all problems of
 * the value in one {@code MismatchedInputException}, but does not run Bean Validation.
 *
 * @since 0.1.0
 */
public final class MsbiomeModule extends JacksonModule {
    private static final Version VERSION = readVersion();

    private final Bindings bindings;

    /** The module with the bindings of all core types. */
    public MsbiomeModule() {
        this(Bindings.standard());
    }

    MsbiomeModule(Bindings bindings) {
        this.bindings = bindings;
    }

    /** {@return "msbiome"} */
    @Override
    public String getModuleName() {
        return "msbiome";
    }

    /** {@return the version of msbiome-io} */
    @Override
    public Version version() {
        return VERSION;
    }

    @Override
    public void setupModule(SetupContext context) {
        JacksonSupport.setUp(context, bindings);
    }

    private static Version readVersion() {
        Properties properties = new Properties();
        try (InputStream in = MsbiomeModule.class.getResourceAsStream("msbiome-io.properties")) {
            if (in == null) {
                throw new IllegalStateException("msbiome-io.properties is missing from the jar");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String text = properties.getProperty("version", "0.0.0");
        String[] parts = text.split("[.-]", 4);
        return new Version(
                Integer.parseInt(parts[0]),
                parts.length > 1 ? Integer.parseInt(parts[1]) : 0,
                parts.length > 2 ? Integer.parseInt(parts[2]) : 0,
                parts.length > 3 ? parts[3] : null,
                "org.msbiome",
                "msbiome-io");
    }
}
