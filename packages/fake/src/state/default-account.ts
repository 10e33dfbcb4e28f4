/**
 * The account and region of a fake told neither: the account AWS's own documentation writes in its examples, and
 * the region every AWS SDK's examples use. @public
 */
export const DEFAULT_ACCOUNT_ID = "123456789012";

/** @public */
export const DEFAULT_REGION = "us-east-1";
