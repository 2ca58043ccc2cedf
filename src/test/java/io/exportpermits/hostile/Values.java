package io.exportpermits.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** The hostile material: values, raw bodies, parameters and headers that real clients and attackers send. */
final class Values {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Strings that break naive code: control characters, broken UTF-16, bidi tricks, injections, formats. */
    static final List<String> STRINGS = List.of("", " ", "\u0000", "a\u0000b", "\ud800", "\udfff\ud800",
            "\u202eevil\u202c", "\u200b", "\ufeff", "😀🇨🇳", "e\u0301\u0301\u0301\u0301", "ℌ𝔢𝔩𝔩𝔬",
            "'; drop table permit; --", "\" or \"1\"=\"1", "../../etc/passwd", "<script>alert(1)</script>",
            "${jndi:ldap://x/a}", "%s%s%n", "{{7*7}}", "\r\nX-Injected: 1", "NaN", "null", "true", "-1",
            "2026-02-30", "2026-13-01", "+99999-01-01", "2026-11-26T25:00:00Z", "XX", "xx", "usd", "XXX", "DEU",
            "kg", "KG", "ZZZ", "EP-0000-000000", "1C902.b.c.d", "00000000-0000-0000-0000-000000000000",
            "x".repeat(300), "界".repeat(1000), "a".repeat(70_000));

    static final List<String> PATH = List.of("x", "%20", "..", "%2e%2e", "%2F", "%00", "%zz", "%C0%AF", "%E2%80%AE",
            "EP-2026-000001%3Bdrop", "*", "-1", "0", "99999999999999999999", "x".repeat(3000),
            "%F0%9F%98%80", "2026-02-30", "00000000-0000-0000-0000-000000000000");

    static final List<String> QUERY = List.of("", "%00", "%zz", "x".repeat(5000), "-1", "0", "1000000",
            "99999999999999999999", "1.5", "true", "NOT_A_VALUE", "2026-02-30", "2026-11-26T25:00:00Z",
            "%27%3B%20drop%20table%20permit%3B--", "%E2%80%AE", "a,b,,c", "%5B%5D");

    static final List<String> HEADER = List.of("", "\"", "W/", "*,*", "\"a\", W/\"b\", garbage", "x".repeat(9000),
            "\u0001", "null");

    static final List<String> AUTHORIZATION = List.of("Bearer", "Bearer ", "Bearer ep_", "Bearer ep_x_y",
            "Bearer " + "x".repeat(5000), "Basic dXNlcjpwYXNz", "Bearer ep_test_authority_key extra",
            "bearer ep_test_authority_key_wrong");

    static final List<String> CONTENT_TYPES = List.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=x", "application/json; charset=utf-16", "application/jsonx", "*/*");

    /** Whole bodies that are not what any operation takes. */
    static List<byte[]> rawBodies() {
        List<String> texts = new ArrayList<>(List.of("", "{", "}", "{\"a\":", "[1,2", "nul", "NaN", "{\"a\":1}}",
                "{'a':1}", "{\"a\":01}", "{\"a\":1e99999}", "{\"a\":\"\\ud800\"}", "{\"a\":\"\\u0000\"}",
                "{\"a\":1,\"a\":2}", "null", "[]", "\"text\"", "42", "true", "{}", "\u0000\u0000",
                "\ufeff{}", "{\"a\":[" + "1,".repeat(200_000) + "1]}", "\"" + "x".repeat(900_000) + "\""));
        texts.add("[".repeat(10_000) + "]".repeat(10_000));
        texts.add("{\"a\":".repeat(5_000) + "1" + "}".repeat(5_000));
        List<byte[]> bodies = new ArrayList<>();
        texts.forEach(t -> bodies.add(t.getBytes(StandardCharsets.UTF_8)));
        bodies.add(new byte[] {(byte) 0xff, (byte) 0xfe, 0x7b, 0x00, 0x7d, 0x00});
        bodies.add(new byte[] {(byte) 0xc3, 0x28, (byte) 0xa0, (byte) 0xa1});
        return bodies;
    }

    /** Values for one field: every JSON type, extremes of numbers, and the hostile strings. */
    static List<JsonNode> fixedJson() {
        List<JsonNode> values = new ArrayList<>();
        values.add(NODES.nullNode());
        values.add(NODES.booleanNode(true));
        values.add(NODES.objectNode().put("nested", 1));
        values.add(NODES.arrayNode().add(1).add("two").addNull());
        ArrayNode big = NODES.arrayNode();
        for (int i = 0; i < 5_000; i++) {
            big.add("item");
        }
        values.add(big);
        ObjectNode deep = NODES.objectNode();
        ObjectNode cursor = deep;
        for (int i = 0; i < 500; i++) {
            cursor = cursor.putObject("d");
        }
        values.add(deep);
        for (String number : List.of("0", "-1", "-0.0", "0.0000001", "1E+400", "-1E+400", "1E-400",
                "123456789012345678901234567890.123456789", "0.1234567890123456789", "9223372036854775808",
                "2147483648", "1e308")) {
            values.add(NODES.numberNode(new BigDecimal(number)));
        }
        STRINGS.forEach(s -> values.add(NODES.textNode(s)));
        return values;
    }

    /** A random JSON value up to {@code depth} deep, built from hostile leaves. */
    static JsonNode randomJson(SplittableRandom random, int depth) {
        int kind = random.nextInt(depth > 0 ? 7 : 5);
        return switch (kind) {
            case 0 -> NODES.textNode(STRINGS.get(random.nextInt(STRINGS.size())));
            case 1 -> NODES.textNode(randomString(random));
            case 2 -> NODES.numberNode(new BigDecimal(random.nextLong()).movePointLeft(random.nextInt(-30, 30)));
            case 3 -> NODES.booleanNode(random.nextBoolean());
            case 4 -> NODES.nullNode();
            case 5 -> {
                ArrayNode array = NODES.arrayNode();
                for (int i = random.nextInt(4); i > 0; i--) {
                    array.add(randomJson(random, depth - 1));
                }
                yield array;
            }
            default -> {
                ObjectNode object = NODES.objectNode();
                for (int i = random.nextInt(4); i > 0; i--) {
                    object.set(randomString(random), randomJson(random, depth - 1));
                }
                yield object;
            }
        };
    }

    /** Random code points from the whole range, surrogates and controls included. */
    private static String randomString(SplittableRandom random) {
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(40); i > 0; i--) {
            int roll = random.nextInt(4);
            int codePoint = roll == 0 ? random.nextInt(0x20) : roll == 1 ? random.nextInt(0xd800, 0xe000)
                    : roll == 2 ? random.nextInt(0x20, 0x7f) : random.nextInt(0x80, 0x110000);
            if (codePoint >= 0xd800 && codePoint < 0xe000) {
                text.append((char) codePoint); // a lone surrogate, as broken clients send
            } else {
                text.appendCodePoint(codePoint);
            }
        }
        return text.toString();
    }

    private Values() {
    }
}
