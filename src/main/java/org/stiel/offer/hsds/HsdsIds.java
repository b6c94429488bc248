package org.stiel.offer.hsds;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

/** Stable ids for HSDS records that Stiel keeps no id of: name-based, so the same record gets the same id each time. */
public final class HsdsIds {

    /** The namespace of every name-based id Stiel publishes in HSDS (fixed forever: ids derive from it). */
    public static final UUID NAMESPACE = UUID.fromString("6f1c7b2e-54a3-4d8e-9f0b-2a1d5c3e7b90");

    private HsdsIds() {}

    /** RFC 9562 version 5 (SHA-1, name-based) UUID of {@code name} in {@link #NAMESPACE}. */
    public static UUID v5(String name) {
        return v5(NAMESPACE, name);
    }

    public static UUID v5(UUID namespace, String name) {
        try {
            var sha1 = MessageDigest.getInstance("SHA-1");
            var ns = ByteBuffer.allocate(16)
                    .putLong(namespace.getMostSignificantBits())
                    .putLong(namespace.getLeastSignificantBits());
            sha1.update(ns.array());
            byte[] hash = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
            hash[6] = (byte) ((hash[6] & 0x0f) | 0x50);
            hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
            var bytes = ByteBuffer.wrap(hash, 0, 16);
            return new UUID(bytes.getLong(), bytes.getLong());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The id of a service_at_location: the md5 of both ids, which PostgreSQL computes the same way ({@code
     * md5(offer_id::text || location_id::text)::uuid}) so that one can be looked up by it.
     */
    public static UUID serviceAtLocation(UUID offer, UUID location) {
        try {
            byte[] md5 = MessageDigest.getInstance("MD5")
                    .digest((offer.toString() + location.toString()).getBytes(StandardCharsets.UTF_8));
            String hex = HexFormat.of().formatHex(md5);
            return UUID.fromString(hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12, 16) + "-"
                    + hex.substring(16, 20) + "-" + hex.substring(20));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An id for a child record of {@code parent} (a contact, an address, a language row). */
    public static UUID child(UUID parent, String what) {
        return v5(parent, what);
    }
}
