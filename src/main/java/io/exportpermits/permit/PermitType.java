package io.exportpermits.permit;

/** Under the Dual-Use Items Export Control Regulations (State Council Order 792). */
public enum PermitType {
    /** One export to one end user, valid up to one year. */
    INDIVIDUAL(12),
    /** Many exports, valid up to three years, for eligible exporters. */
    GENERAL(36);

    public final int maxValidityMonths;

    PermitType(int maxValidityMonths) {
        this.maxValidityMonths = maxValidityMonths;
    }
}
