package org.pdsa.local.engine.snapshot;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads what {@link SnapshotOutput} wrote, in the same order. */
public final class SnapshotInput {
    private static final TypeReference<Map<String, Object>> VARIABLES = new TypeReference<>() {};
    private final DataInputStream in;
    private final ObjectMapper json;

    SnapshotInput(byte[] bytes, ObjectMapper json) {
        this.in = new DataInputStream(new ByteArrayInputStream(bytes));
        this.json = json;
    }

    public long readLong() throws IOException { return in.readLong(); }
    public int readInt() throws IOException { return in.readInt(); }
    public boolean readBoolean() throws IOException { return in.readBoolean(); }

    public String readString() throws IOException {
        return in.readBoolean() ? new String(readBytes(), StandardCharsets.UTF_8) : null;
    }

    public byte[] readBytes() throws IOException {
        byte[] b = new byte[in.readInt()];
        in.readFully(b);
        return b;
    }

    public List<String> readStrings() throws IOException {
        int n = in.readInt();
        List<String> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) list.add(readString());
        return list;
    }

    public Map<String, String> readStringMap() throws IOException {
        int n = in.readInt();
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) map.put(readString(), readString());
        return map;
    }

    public Object readJson() throws IOException {
        return json.readValue(readBytes(), Object.class);
    }

    public Map<String, Object> readVariables() throws IOException {
        return json.readValue(readBytes(), VARIABLES);
    }
}
