package no.meldeport.model;

import java.util.Optional;

/** Decides whether a diagnosis (ICD-10 or ICPC-2) is notifiable to MSIS, and which disease it is. */
public interface NotifiableDiseaseCatalog {

    Optional<NotifiableDisease> find(Coding diagnosis);
}
