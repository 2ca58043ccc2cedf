package io.exportpermits.policy.api;

public enum EndUserKind { COMMERCIAL, GOVERNMENT, MILITARY, RESEARCH }
