package org.pdsa.local.engine.snapshot;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/** Binary writer for snapshot sections: primitives, nullable strings, JSON-shaped values. */
public final class SnapshotOutput {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
    private final DataOutputStream out = new DataOutputStream(bytes);
    private final ObjectMapper json;

    SnapshotOutput(ObjectMapper json) {
        this.json = json;
    }

    public void writeLong(long v) throws IOException { out.writeLong(v); }
    public void writeInt(int v) throws IOException { out.writeInt(v); }
    public void writeBoolean(boolean v) throws IOException { out.writeBoolean(v); }

    public void writeString(String s) throws IOException {
        out.writeBoolean(s != null);
        if (s != null) writeBytes(s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    public void writeBytes(byte[] b) throws IOException {
        out.writeInt(b.length);
        out.write(b);
    }

    public void writeStrings(List<String> list) throws IOException {
        out.writeInt(list.size());
        for (String s : list) writeString(s);
    }

    public void writeStringMap(Map<String, String> map) throws IOException {
        out.writeInt(map.size());
        for (Map.Entry<String, String> e : map.entrySet()) {
            writeString(e.getKey());
            writeString(e.getValue());
        }
    }

    /** A JSON-shaped value (variables, family data). */
    public void writeJson(Object value) throws IOException {
        writeBytes(json.writeValueAsBytes(value));
    }

    byte[] toByteArray() throws IOException {
        out.flush();
        return bytes.toByteArray();
    }
}
