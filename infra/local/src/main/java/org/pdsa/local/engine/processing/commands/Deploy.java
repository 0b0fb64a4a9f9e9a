package org.pdsa.local.engine.processing.commands;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.pdsa.local.engine.model.BpmnTransformer;

/**
 * A deployment: the files as uploaded and the tenant. {@code transformed} carries BPMN already
 * parsed on the HTTP thread (keyed by resource name) so the processor does not parse XML; it is
 * null on replay, where the processor parses again.
 */
public record Deploy(String tenantId, List<File> resources, Map<String, BpmnTransformer.Result> transformed) {

    /** One uploaded file. */
    public record File(String name, byte[] content) {}

    public byte[] encode() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeUTF(tenantId);
            out.writeInt(resources.size());
            for (File file : resources) {
                out.writeUTF(file.name());
                out.writeInt(file.content().length);
                out.write(file.content());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public static Deploy decode(byte[] body) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(body))) {
            String tenant = in.readUTF();
            int count = in.readInt();
            List<File> files = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                String name = in.readUTF();
                byte[] content = new byte[in.readInt()];
                in.readFully(content);
                files.add(new File(name, content));
            }
            return new Deploy(tenant, files, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
