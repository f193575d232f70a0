/** Names the campaign's saves and runs, so that they never mix with another story's. */
export const CAMPAIGN_ID = 'stavka-campaign';
