package no.meldeport.mappings.nav;

/**
 * A value from a KITH code list as written in the {@code V}, {@code S} and {@code DN} attributes of the KITH {@code CV}
 * type. {@code codeSystemOid} is the bare OID of the code list. A {@code CS} element has only the value and the
 * display name, so the OID is null there.
 */
record KithCode(String value, String codeSystemOid, String displayName) {

    /** Creates a code for a {@code CS} element, which has no code-system attribute. */
    static KithCode simple(String value, String displayName) {
        return new KithCode(value, null, displayName);
    }
}
