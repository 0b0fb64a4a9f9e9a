package org.pdsa.local.template;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one compiled class refers to, read from its constant pool (JVMS §4.4): the classes it names (in
 * class entries and in field and method descriptors), its string constants (a {@code static final String}
 * is copied into every class that uses it), and the methods it calls. Enough to follow which classes a
 * handler reaches and which environment variables and DynamoDB calls they hold.
 */
record ClassConstants(String name, Set<String> classes, Set<String> strings, List<MethodCall> calls) {

    /** A method a class calls: owner in internal form ({@code a/b/C}), name and descriptor. */
    record MethodCall(String owner, String name, String descriptor) {}

    private static final int ACC_ENUM = 0x4000;
    private static final Pattern DESCRIPTOR_CLASS = Pattern.compile("L([^;<]+)[;<]");

    static ClassConstants read(byte[] classFile) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(classFile))) {
            if (in.readInt() != 0xCAFEBABE) {
                throw new IllegalArgumentException("not a class file");
            }
            in.readUnsignedShort(); // minor
            in.readUnsignedShort(); // major
            int count = in.readUnsignedShort();
            Object[] pool = new Object[count];
            int[][] refs = new int[count][];
            int[] tags = new int[count];
            for (int i = 1; i < count; i++) {
                int tag = in.readUnsignedByte();
                tags[i] = tag;
                switch (tag) {
                    case 1 -> pool[i] = in.readUTF();
                    case 3, 4 -> in.readInt();
                    case 5, 6 -> {
                        in.readLong();
                        i++; // eight-byte constants take two entries
                    }
                    case 7, 8, 16, 19, 20 -> refs[i] = new int[] {in.readUnsignedShort()};
                    case 9, 10, 11, 12, 17, 18 -> refs[i] = new int[] {in.readUnsignedShort(), in.readUnsignedShort()};
                    case 15 -> refs[i] = new int[] {in.readUnsignedByte(), in.readUnsignedShort()};
                    default -> throw new IllegalArgumentException("unknown constant pool tag " + tag + " at " + i);
                }
            }
            in.readUnsignedShort(); // access flags
            String self = (String) pool[refs[in.readUnsignedShort()][0]];
            in.readUnsignedShort(); // super class
            int interfaces = in.readUnsignedShort();
            for (int i = 0; i < interfaces; i++) {
                in.readUnsignedShort();
            }
            Set<String> enumConstants = new HashSet<>();
            int fields = in.readUnsignedShort();
            for (int i = 0; i < fields; i++) {
                int access = in.readUnsignedShort();
                String fieldName = (String) pool[in.readUnsignedShort()];
                in.readUnsignedShort(); // descriptor
                if ((access & ACC_ENUM) != 0) {
                    enumConstants.add(fieldName);
                }
                skipAttributes(in);
            }
            Set<String> classes = new HashSet<>();
            Set<String> strings = new HashSet<>();
            List<MethodCall> calls = new ArrayList<>();
            for (int i = 1; i < count; i++) {
                switch (tags[i]) {
                    case 7 -> addClass((String) pool[refs[i][0]], classes);
                    case 8 -> strings.add((String) pool[refs[i][0]]);
                    case 12 -> addDescriptor((String) pool[refs[i][1]], classes);
                    case 16 -> addDescriptor((String) pool[refs[i][0]], classes);
                    case 10, 11 -> {
                        String owner = (String) pool[refs[refs[i][0]][0]];
                        int[] nameAndType = refs[refs[i][1]];
                        calls.add(new MethodCall(owner, (String) pool[nameAndType[0]], (String) pool[nameAndType[1]]));
                    }
                    default -> { }
                }
            }
            classes.remove(self);
            // an enum's class holds its constants' names as strings (for name() and valueOf): data, not lookups
            strings.removeAll(enumConstants);
            return new ClassConstants(self, Set.copyOf(classes), Set.copyOf(strings), List.copyOf(calls));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void skipAttributes(DataInputStream in) throws IOException {
        int attributes = in.readUnsignedShort();
        for (int i = 0; i < attributes; i++) {
            in.readUnsignedShort();
            in.skipNBytes(Integer.toUnsignedLong(in.readInt()));
        }
    }

    private static void addClass(String name, Set<String> classes) {
        if (name.startsWith("[")) {
            addDescriptor(name, classes);
        } else {
            classes.add(name);
        }
    }

    private static void addDescriptor(String descriptor, Set<String> classes) {
        Matcher matcher = DESCRIPTOR_CLASS.matcher(descriptor);
        while (matcher.find()) {
            classes.add(matcher.group(1));
        }
    }

    /** Index of classes by internal name. */
    static Map<String, ClassConstants> index(List<ClassConstants> all) {
        Map<String, ClassConstants> byName = new HashMap<>();
        all.forEach(c -> byName.put(c.name(), c));
        return byName;
    }
}
