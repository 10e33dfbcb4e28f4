/**
 * Who is calling: an access key, mapped to the identity AWS would see behind it.
 * @public
 */
export interface Principal {
  accessKeyId: string;
  /** Needed by the HTTP server to verify signatures; in-process (msw) calls are not verified. */
  secretAccessKey?: string;
  /**
   * The session token of temporary credentials. A request must carry exactly this token in
   * `x-amz-security-token`, and a principal without one must be called without a token; anything else is
   * `UnrecognizedClientException`, as AWS answers.
   */
  sessionToken?: string;
  /**
   * The caller's ARN: an IAM user (`arn:aws:iam::123456789012:user/alice`) or an assumed-role session
   * (`arn:aws:sts::123456789012:assumed-role/Deployer/alice`). The account and role come from it.
   */
  arn: string;
}

/** A principal with what the access levels compare, derived from its ARN. @internal */
export interface Caller {
  accessKeyId: string;
  arn: string;
  /** The partition of its ARN, e.g. `aws` or `aws-cn`. */
  partition: string;
  accountId: string;
  /** `arn:aws:iam::<account>:role/<name>` for an assumed-role session; undefined for an IAM user. */
  roleArn: string | undefined;
}

const IAM_USER = /^arn:(aws[a-z-]*):iam::(\d{12}):user\/(.+)$/;
const ASSUMED_ROLE = /^arn:(aws[a-z-]*):sts::(\d{12}):assumed-role\/([^/]+)\/(.+)$/;

/** Derives account and role from a principal's ARN; throws naming the principal when the ARN is neither form. */
export function callerOf(principal: Principal): Caller {
  const user = IAM_USER.exec(principal.arn);
  if (user !== null) {
    return {
      accessKeyId: principal.accessKeyId,
      arn: principal.arn,
      partition: user[1] as string,
      accountId: user[2] as string,
      roleArn: undefined,
    };
  }
  const role = ASSUMED_ROLE.exec(principal.arn);
  if (role !== null) {
    return {
      accessKeyId: principal.accessKeyId,
      arn: principal.arn,
      partition: role[1] as string,
      accountId: role[2] as string,
      roleArn: `arn:${role[1]}:iam::${role[2]}:role/${role[3]}`,
    };
  }
  throw new Error(
    `@svccat/fake: principal ${principal.accessKeyId} has ARN '${principal.arn}', which is neither an IAM user (arn:aws:iam::<account>:user/<name>) nor an assumed-role session (arn:aws:sts::<account>:assumed-role/<role>/<session>)`,
  );
}

/** The principal used when none are configured: the key and secret the CLI prints, as the AWS docs' examples use. */
export function defaultPrincipal(accountId: string): Principal {
  return { accessKeyId: "test", secretAccessKey: "test", arn: `arn:aws:iam::${accountId}:user/test` };
}

/** The access key of a SigV4 `Authorization` header, or undefined when there is none. */
export function accessKeyOf(authorization: string | null): string | undefined {
  if (authorization === null) {
    return undefined;
  }
  const match = /Credential=([^/,\s]+)\//.exec(authorization);
  return match?.[1];
}
