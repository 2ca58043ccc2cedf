package io.exportpermits.common.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.exportpermits.permit.PermitResource;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * How resource classes share the URL space. Quarkus REST picks a class by the longest matching class path
 * first; a class path ending in a template ({@code /permits/{number}}) matches every path below it, so a
 * request meant for a sibling class (the status poll, the detail) was matched twice and the second match
 * built a route table for that request: 3 % of the event loop's time under status polling.
 */
class ResourcePathsTest {

    @Test
    void noResourceClassPathEndsInATemplate() throws IOException, URISyntaxException {
        List<Class<?>> resources = resourceClasses();
        assertTrue(resources.size() > 20, "found only " + resources.size() + " resource classes");
        List<String> endingInATemplate = resources.stream()
                .filter(type -> type.getAnnotation(Path.class).value().endsWith("}"))
                .map(type -> type.getSimpleName() + " " + type.getAnnotation(Path.class).value()).toList();
        assertEquals(List.of(), endingInATemplate,
                "give these classes their parent's path and put the template in each method's path");
    }

    private static List<Class<?>> resourceClasses() throws IOException, URISyntaxException {
        var root = java.nio.file.Path.of(PermitResource.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (Stream<java.nio.file.Path> files = Files.walk(root)) {
            return files.map(root::relativize).map(java.nio.file.Path::toString)
                    .filter(name -> name.endsWith(".class") && !name.contains("$"))
                    .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.'))
                    .<Class<?>>map(ResourcePathsTest::load)
                    .filter(type -> type.isAnnotationPresent(Path.class)).toList();
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, ResourcePathsTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
