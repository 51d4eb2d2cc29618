package io.github.apprenticeships4j.formats.internal.casejson;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The identifiers of a CASE package: name-based UUIDs (version 5, SHA-1, RFC 9562 section 5.5) in the URL namespace of
 * names {@code urn:apprenticeships4j:...}, so that exporting the same model twice gives the same identifiers, and
 * {@code urn:uuid:} URIs.
 */
final class CaseIds {
  /** The URL namespace of RFC 9562, appendix C. */
  private static final UUID URL_NAMESPACE = UUID.fromString("6ba7b811-9dad-11d1-80b4-00c04fd430c8");
  private static final Pattern CANONICAL =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

  private CaseIds() {}

  /** The version 5 UUID of {@code urn:apprenticeships4j:} followed by {@code name}, in lower case. */
  static String derived(String name) {
    MessageDigest sha1;
    try {
      sha1 = MessageDigest.getInstance("SHA-1");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-1", e);
    }
    ByteBuffer namespace = ByteBuffer.allocate(16);
    namespace.putLong(URL_NAMESPACE.getMostSignificantBits()).putLong(URL_NAMESPACE.getLeastSignificantBits());
    sha1.update(namespace.array());
    byte[] hash = sha1.digest(("urn:apprenticeships4j:" + name).getBytes(StandardCharsets.UTF_8));
    hash[6] = (byte) ((hash[6] & 0x0f) | 0x50);
    hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
    ByteBuffer bits = ByteBuffer.wrap(hash, 0, 16);
    return new UUID(bits.getLong(), bits.getLong()).toString();
  }

  /** Whether {@code text} is a UUID written as CASE writes one: lower-case hexadecimal, 8-4-4-4-12. */
  static boolean isCanonical(String text) {
    return CANONICAL.matcher(text).matches();
  }

  /** The URI of the object with {@code identifier}: {@code urn:uuid:} and the identifier. */
  static String uri(String identifier) {
    return "urn:uuid:" + identifier;
  }
}
