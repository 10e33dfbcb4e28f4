import { createBoto3Client } from "./boto3-driver.js";
import type { ClientName, ClientSettings, ConformanceClient } from "./client-contract.js";
import { createJsClient } from "./js-clients.js";

/** Creates a client by name with the settings its target session hands out. @public */
export function createConformanceClient(name: ClientName, settings: ClientSettings): ConformanceClient {
  return name === "boto3" ? createBoto3Client(settings) : createJsClient(name, settings);
}
