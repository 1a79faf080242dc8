// Shares (commitment, deconfliction) in whole per cent, rounded down: a capital at 0.4975 reads 49%,
// never the 50% a member needs, so no text says "50%; members need 50%" of a capital left out.
// The epsilon keeps a share computed as 0.49999999… for a half at 50%.

/** A share in whole per cent, rounded down. */
export const wholePercent = (x: number): number => Math.floor(x * 100 + 1e-9);

/** "49%" */
export const percent = (x: number): string => `${wholePercent(x)}%`;
