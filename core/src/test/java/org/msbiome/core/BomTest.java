package org.msbiome.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The BOM ({@code bom/pom.xml}, {@code org.msbiome:msbiome-bom}) manages the versions the build is tested
 * with: every third-party version in it equals the root {@code pom.xml}'s, and it manages both library modules
 * at the project's version. (The BOM has no parent, so that it does not manage the build's test libraries in
 * users' builds; this test keeps the two lists from drifting apart.)
 */
class BomTest {
    private static final Pattern PROPERTY = Pattern.compile("\\$\\{([^}]+)}");

    @Test
    void bomVersionsAreTheVersionsTheBuildUses() throws IOException {
        Map<String, String> bom = managed(Path.of("..", "bom", "pom.xml"));
        Map<String, String> build = managed(Path.of("..", "pom.xml"));
        String version = projectVersion(Files.readString(Path.of("..", "pom.xml")));

        assertThat(bom).containsEntry("org.msbiome:msbiome-core", version).containsEntry("org.msbiome:msbiome-io", version);
        assertThat(bom).containsKeys("tools.jackson:jackson-bom", "jakarta.validation:jakarta.validation-api",
                "org.hibernate.validator:hibernate-validator", "com.fasterxml:classmate", "org.jspecify:jspecify");
        assertThat(bom).containsEntry("tools.jackson:jackson-bom", "3.3.0").containsEntry("com.fasterxml:classmate", "1.7.2");
        bom.forEach((artifact, bomVersion) -> {
            if (!artifact.startsWith("org.msbiome:")) {
                assertThat(build).as(artifact).containsEntry(artifact, bomVersion);
            }
        });
    }

    /** groupId:artifactId to version, properties resolved, of a pom's dependencyManagement (poms of this build). */
    private static Map<String, String> managed(Path pom) throws IOException {
        String xml = Files.readString(pom).replaceAll("(?s)<!--.*?-->", "");
        Map<String, String> properties = new TreeMap<>();
        properties.put("project.version", projectVersion(xml));
        Matcher props = Pattern.compile("(?s)<properties>(.*?)</properties>").matcher(xml);
        if (props.find()) {
            Matcher property = Pattern.compile("<([\\w.-]+)>([^<]*)</\\1>").matcher(props.group(1));
            while (property.find()) {
                properties.put(property.group(1), property.group(2).strip());
            }
        }
        Matcher management = Pattern.compile("(?s)<dependencyManagement>(.*?)</dependencyManagement>").matcher(xml);
        assertThat(management.find()).as("%s has dependencyManagement", pom).isTrue();
        Map<String, String> managed = new TreeMap<>();
        Matcher dependency = Pattern.compile("(?s)<dependency>(.*?)</dependency>").matcher(management.group(1));
        while (dependency.find()) {
            String body = dependency.group(1);
            managed.put(tag(body, "groupId") + ":" + tag(body, "artifactId"), resolve(tag(body, "version"), properties));
        }
        return managed;
    }

    /** The project's own version: the first version after the artifactId, outside the parent element. */
    private static String projectVersion(String xml) {
        String withoutParent = xml.replaceAll("(?s)<parent>.*?</parent>", "");
        return tag(withoutParent.substring(withoutParent.indexOf("<artifactId>")), "version");
    }

    private static String tag(String xml, String name) {
        Matcher matcher = Pattern.compile("<" + name + ">([^<]*)</" + name + ">").matcher(xml);
        return matcher.find() ? matcher.group(1).strip() : "";
    }

    private static String resolve(String value, Map<String, String> properties) {
        Matcher matcher = PROPERTY.matcher(value);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(properties.getOrDefault(matcher.group(1), matcher.group())));
        }
        return matcher.appendTail(out).toString();
    }
}
