package no.meldeport.mappings;

/**
 * Thrown when a delivery's content cannot be expressed in a registry's format, for example a SYSVAK vaccination for a
 * patient known only by an H-number. Validation at ingress should have stopped such content, so resending it never
 * helps. It extends {@link IllegalArgumentException} because {@code RegistryMapper.map} documents that type.
 */
public class MappingException extends IllegalArgumentException {

    public MappingException(String message) {
        super(message);
    }
}
