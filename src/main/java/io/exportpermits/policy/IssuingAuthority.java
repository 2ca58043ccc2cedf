package io.exportpermits.policy;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class IssuingAuthority {
    @Id
    public String code;
    public String name;
    public String nameLocal;
    public String country;
}
