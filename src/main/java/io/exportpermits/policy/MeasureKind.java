package io.exportpermits.policy;

public enum MeasureKind {
    /** The export needs a licence. */
    LICENCE_REQUIRED,
    /** The export is banned. */
    PROHIBITED,
    /** Applications are refused in principle (No. 61 of 2025 for military end users). */
    REFUSED_IN_PRINCIPLE
}
