/** Every category a finding can have, in the order reporters list them. */
export const CATEGORIES = ['threat', 'self-harm', 'identity-attack', 'insult', 'harassment', 'micro-aggression', 'profanity', 'custom'] as const;
