package no.meldeport.model;

/** The Norwegian person identifier kinds, with their FHIR {@code Identifier.system}. */
public enum PersonIdentifierType {
    FODSELSNUMMER("urn:oid:2.16.578.1.12.4.1.4.1"),
    D_NUMBER("urn:oid:2.16.578.1.12.4.1.4.2"),
    FELLES_HJELPENUMMER("urn:oid:2.16.578.1.12.4.1.4.3"),
    /** Local H-number: only unique at its assigner. */
    H_NUMBER("HNR"),
    DUF_NUMBER("urn:oid:2.16.578.1.12.4.1.4.5");

    private final String system;

    PersonIdentifierType(String system) {
        this.system = system;
    }

    public String system() {
        return system;
    }

    public static java.util.Optional<PersonIdentifierType> fromSystem(String system) {
        for (PersonIdentifierType type : values()) {
            if (type.system.equals(system)) {
                return java.util.Optional.of(type);
            }
        }
        return java.util.Optional.empty();
    }
}
