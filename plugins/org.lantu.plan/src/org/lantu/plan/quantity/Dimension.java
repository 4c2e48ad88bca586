package org.lantu.plan.quantity;

/** What a unit measures. Quantities of different dimensions are never added or compared. */
public enum Dimension {
	MONEY("money"), FOREIGN_MONEY("money (US dollars)"), AREA("area"), LENGTH("length"), MASS("mass"),
	VOLUME("volume"), ENERGY("energy"), POWER("power"), VOLTAGE("voltage"), DATA_RATE("data rate"),
	COUNT("count"), PERCENT("percent"), PERCENTAGE_POINTS("percentage points"), PERMILLE("per mille"),
	TIME("time"), RATIO("ratio"), OTHER("declared"),
	/** One unit per another: 万元/亩, 吨标准煤/万元 (see {@link Unit#per}). */
	PER("per");

	private final String label;

	Dimension(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
