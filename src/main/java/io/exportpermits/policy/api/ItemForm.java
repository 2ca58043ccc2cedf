package io.exportpermits.policy.api;

/** The physical form of a controlled item, as control entries and measures name it. */
public enum ItemForm {
    METAL, ALLOY, OXIDE, COMPOUND, TARGET, MAGNET, TECHNOLOGY, EQUIPMENT, BATTERY_CELL, SUPERHARD_MATERIAL,
    RARE_EARTH_PRODUCTION_EQUIPMENT, RARE_EARTH_AUXILIARY_MATERIAL, OTHER
}
