import { describe, expect, it } from "vitest";
import {
  InvalidParametersException,
  SearchProvisionedProductsCommand,
  ServiceCatalogClient,
  ServiceCatalogServiceException,
} from "../src/__generated__/index.gen.js";
import { type CannedAnswer, CannedHandler, testCredentials } from "./support/canned-handler.js";

const CT = { "content-type": "application/x-amz-json-1.1" };

async function errorFor(answer: CannedAnswer): Promise<ServiceCatalogServiceException> {
  const client = new ServiceCatalogClient({
    region: "us-east-1",
    credentials: testCredentials,
    requestHandler: new CannedHandler(answer),
    maxAttempts: 1,
  });
  try {
    await client.send(new SearchProvisionedProductsCommand({}));
  } catch (error) {
    return error as ServiceCatalogServiceException;
  }
  throw new Error("the call succeeded");
}

/**
 * The awsJson1_1 error vectors of smithy-aws-protocol-tests (`awsJson1_1/errors.smithy`), with the service's one
 * modelled error standing in for `InvalidGreeting` and `ComplexError`, and `FooError` left unmodelled.
 */
describe("error codes, as the Smithy awsJson1_1 protocol tests have them", () => {
  it("AwsJson11InvalidGreetingError: a modelled error by __type, with its Message", async () => {
    const error = await errorFor({
      status: 400,
      headers: CT,
      body: '{"__type":"InvalidParametersException","Message":"Hi"}',
    });
    expect(error).toBeInstanceOf(InvalidParametersException);
    expect(error).toBeInstanceOf(ServiceCatalogServiceException);
    expect(error.name).toBe("InvalidParametersException");
    expect(error.$fault).toBe("client");
    expect((error as InvalidParametersException).Message).toBe("Hi");
    expect(error.message).toBe("Hi");
  });

  it("AwsJson11ComplexError: members the model does not have are ignored", async () => {
    const error = await errorFor({
      status: 400,
      headers: CT,
      body: '{"__type":"InvalidParametersException","TopLevel":"Top level","Nested":{"Foo":"bar"}}',
    });
    expect(error).toBeInstanceOf(InvalidParametersException);
    expect((error as unknown as Record<string, unknown>).TopLevel).toBeUndefined();
  });

  it("AwsJson11EmptyComplexError: a modelled error with no members", async () => {
    const error = await errorFor({ status: 400, headers: CT, body: '{"__type":"InvalidParametersException"}' });
    expect(error).toBeInstanceOf(InvalidParametersException);
    expect((error as InvalidParametersException).Message).toBeUndefined();
  });

  const fooVectors: Array<[string, CannedAnswer]> = [
    ["AwsJson11FooErrorUsingXAmznErrorType", { status: 500, headers: { "X-Amzn-Errortype": "FooError" } }],
    [
      "AwsJson11FooErrorUsingXAmznErrorTypeWithUri",
      {
        status: 500,
        headers: { "X-Amzn-Errortype": "FooError:http://internal.amazon.com/coral/com.amazon.coral.validate/" },
      },
    ],
    [
      "AwsJson11FooErrorUsingXAmznErrorTypeWithUriAndNamespace",
      {
        status: 500,
        headers: {
          "X-Amzn-Errortype":
            "aws.protocoltests.json#FooError:http://internal.amazon.com/coral/com.amazon.coral.validate/",
        },
      },
    ],
    ["AwsJson11FooErrorUsingCode", { status: 500, headers: CT, body: '{"code":"FooError"}' }],
    [
      "AwsJson11FooErrorUsingCodeAndNamespace",
      { status: 500, headers: CT, body: '{"code":"aws.protocoltests.json#FooError"}' },
    ],
    [
      "AwsJson11FooErrorUsingCodeUriAndNamespace",
      {
        status: 500,
        headers: CT,
        body: '{"code":"aws.protocoltests.json#FooError:http://internal.amazon.com/coral/com.amazon.coral.validate/"}',
      },
    ],
    ["AwsJson11FooErrorWithDunderType", { status: 500, headers: CT, body: '{"__type":"FooError"}' }],
    [
      "AwsJson11FooErrorWithDunderTypeAndNamespace",
      { status: 500, headers: CT, body: '{"__type":"aws.protocoltests.json#FooError"}' },
    ],
    [
      "AwsJson11FooErrorWithDunderTypeUriAndNamespace",
      {
        status: 500,
        headers: CT,
        body: '{"__type":"aws.protocoltests.json#FooError:http://internal.amazon.com/coral/com.amazon.coral.validate/"}',
      },
    ],
    [
      "AwsJson11FooErrorWithNestedTypeProperty",
      {
        status: 500,
        headers: CT,
        body: '{"__type":"aws.protocoltests.json#FooError","ErrorDetails":[{"__type":"com.amazon.internal#ErrorDetails","reason":"Some reason"}]}',
      },
    ],
  ];

  it.each(fooVectors)("%s: an unmodelled FooError", async (_id, answer) => {
    const error = await errorFor(answer);
    expect(error).toBeInstanceOf(ServiceCatalogServiceException);
    expect(error).not.toBeInstanceOf(InvalidParametersException);
    expect(error.name).toBe("FooError");
    expect(error.$fault).toBe("server");
    expect(error.$metadata.httpStatusCode).toBe(500);
    expect(error.$response?.statusCode).toBe(500);
  });
});

describe("error code precedence and cleaning", () => {
  it("reads the header before the body's code, and code before __type", async () => {
    expect(
      (
        await errorFor({
          status: 400,
          headers: { ...CT, "x-amzn-errortype": "FromHeader" },
          body: '{"code":"FromCode","__type":"FromType"}',
        })
      ).name,
    ).toBe("FromHeader");
    expect((await errorFor({ status: 400, headers: CT, body: '{"code":"FromCode","__type":"FromType"}' })).name).toBe(
      "FromCode",
    );
  });

  it("keeps the first of merged header values", async () => {
    const error = await errorFor({ status: 400, headers: { "x-amzn-errortype": "ThrottlingException,FooError" } });
    expect(error.name).toBe("ThrottlingException");
  });

  it("takes the message from message or Message", async () => {
    const lower = await errorFor({
      status: 400,
      headers: CT,
      body: '{"__type":"AccessDeniedException","message":"no"}',
    });
    const upper = await errorFor({
      status: 400,
      headers: CT,
      body: '{"__type":"AccessDeniedException","Message":"No"}',
    });
    expect(lower.message).toBe("no");
    expect(upper.message).toBe("No");
    expect(lower.name).toBe("AccessDeniedException");
    expect(lower.$fault).toBe("client");
  });

  it("gives the unmodelled errors AWS sends as ServiceCatalogServiceException named by their code", async () => {
    for (const code of ["ValidationException", "ThrottlingException", "UnrecognizedClientException"]) {
      const error = await errorFor({ status: 400, headers: CT, body: JSON.stringify({ __type: code, message: "m" }) });
      expect(error).toBeInstanceOf(ServiceCatalogServiceException);
      expect(error.name).toBe(code);
    }
  });

  it("carries the request id on errors", async () => {
    const error = await errorFor({
      status: 400,
      headers: { ...CT, "x-amzn-RequestId": "err-req-7" },
      body: '{"__type":"ValidationException","message":"bad"}',
    });
    expect(error.$metadata.requestId).toBe("err-req-7");
    expect(error.$metadata.attempts).toBe(1);
  });
});

describe("error responses that are not JSON", () => {
  it.each([
    ["an empty body", { status: 502 }, /HTTP 502: .*empty body/],
    [
      "a proxy's HTML page",
      { status: 502, headers: { "content-type": "text/html" }, body: "<html><body>Bad Gateway</body></html>" },
      /HTTP 502: an error response whose body is not JSON: "<html>/,
    ],
    ["a body cut short", { status: 503, headers: CT, body: '{"__type":"Servi' }, /HTTP 503: .*not JSON/],
    ["JSON that names no error", { status: 400, headers: CT, body: '{"hello":1}' }, /HTTP 400: .*names no error/],
    ["a JSON array", { status: 400, headers: CT, body: "[1,2]" }, /HTTP 400: .*names no error/],
  ] as const)("%s gives an error naming the status", async (_what, answer, message) => {
    const error = await errorFor(answer);
    expect(error).toBeInstanceOf(ServiceCatalogServiceException);
    expect(error.name).toBe("UnknownError");
    expect(error.message).toMatch(message);
    expect(error.$metadata.httpStatusCode).toBe(answer.status);
    expect(error.$fault).toBe(answer.status >= 500 ? "server" : "client");
  });
});

describe("wire values that name things on plain objects are data", () => {
  it.each(["toString", "__proto__", "hasOwnProperty", "valueOf", "constructor"])(
    "an error code %s is an unmodelled ServiceCatalogServiceException",
    async (code) => {
      const error = await errorFor({ status: 400, headers: CT, body: JSON.stringify({ __type: code, message: "m" }) });
      expect(error).toBeInstanceOf(ServiceCatalogServiceException);
      expect(error).not.toBeInstanceOf(InvalidParametersException);
      expect(error.name).toBe(code);
      expect(error.$fault).toBe("client");
      expect(error.$metadata.httpStatusCode).toBe(400);
    },
  );

  it.each([
    ["a string", '{"ProvisionedProducts":"many"}'],
    ["an object", '{"ProvisionedProducts":{"Id":"pp-1"}}'],
  ])("a 200 whose items are %s is a clear error with $metadata", async (_what, body) => {
    const client = new ServiceCatalogClient({
      region: "us-east-1",
      credentials: testCredentials,
      requestHandler: new CannedHandler({ status: 200, headers: CT, body }),
      maxAttempts: 1,
    });
    const outcome = await client.send(new SearchProvisionedProductsCommand({})).then(
      (output) => output,
      (error: unknown) => error,
    );
    expect(outcome).toBeInstanceOf(ServiceCatalogServiceException);
    expect((outcome as ServiceCatalogServiceException).message).toMatch(
      /HTTP 200: a success response that does not fit SearchProvisionedProducts/,
    );
    expect((outcome as ServiceCatalogServiceException).$metadata.httpStatusCode).toBe(200);
  });
});
