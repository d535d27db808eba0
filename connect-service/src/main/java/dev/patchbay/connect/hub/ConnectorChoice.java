package dev.patchbay.connect.hub;

/** One connector in the Hub page's list. */
public record ConnectorChoice(String key, String title, String iconUrl) {}
