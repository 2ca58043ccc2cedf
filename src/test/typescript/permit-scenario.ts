// A whole permit scenario written against types generated from openapi/openapi.yaml (openapi-typescript)
// and called through openapi-fetch. .ci/run type-checks it with `tsc --strict`: it must compile with no
// cast, so a contract that declares a header optional the service requires, a field loosely, or a body
// as anything can be caught before a client written elsewhere finds it. GeneratedClientIT runs the same
// story against the service with a Java client.
import createClient from "openapi-fetch";
import type { components, paths } from "./api";

type PermitStatusView = components["schemas"]["PermitStatusView"];
type PermitAction = components["schemas"]["PermitAction"];
type HistoryAction = components["schemas"]["PermitHistoryAction"];

export async function permitScenario(baseUrl: string, authorityKey: string): Promise<HistoryAction[]> {
  const asAuthority = createClient<paths>({ baseUrl, headers: { Authorization: `Bearer ${authorityKey}` } });

  const exporter = await asAuthority.POST("/api/v1/exporters", {
    body: {
      legalName: "Ganzhou Typed Rare Earth Co., Ltd.",
      country: "CN",
      nationalIdentifier: "91360700MA35XXXX0T",
      address: "1 Jinling Road, Ganzhou, Jiangxi",
      contact: { name: "Li Wei", email: "export@example.cn" },
    },
    params: { header: { "Idempotency-Key": crypto.randomUUID() } },
  });
  if (!exporter.data) throw new Error(exporter.error?.detail ?? "no exporter");

  const key = await asAuthority.POST("/api/v1/api-keys", {
    body: { name: "typed ERP", role: "EXPORTER", exporterId: exporter.data.id },
  });
  if (!key.data) throw new Error(key.error?.detail ?? "no key");
  const asExporter = createClient<paths>({ baseUrl, headers: { Authorization: `Bearer ${key.data.secret}` } });

  const created = await asExporter.POST("/api/v1/permits", {
    body: {
      type: "INDIVIDUAL",
      consignee: { name: "Motor Works GmbH", country: "DE" },
      endUser: { name: "Motor Works GmbH", country: "DE" },
      endUserKind: "COMMERCIAL",
      endUse: "Permanent magnets for electric vehicle motors",
      destination: "DE",
      requestedValidFrom: "2027-01-04",
      requestedValidUntil: "2027-12-31",
      lines: [{ controlCode: "1C902.b", description: "Samarium oxide, 99.9 %", quantity: 500, unit: "KGM",
        value: 125000, currency: "USD" }],
    },
  });
  if (!created.data) throw new Error(created.error?.detail ?? "no permit");
  const number: string = created.data.number;
  const next: PermitAction[] = created.data.allowedActions;
  if (!next.includes("submit")) throw new Error(`cannot submit: ${next.join(", ")}`);

  let etag = created.response.headers.get("ETag") ?? "";
  const path = { number };
  const submitted = await asExporter.POST("/api/v1/permits/{number}/submit", {
    params: { path, header: { "If-Match": etag } }, body: {},
  });
  etag = submitted.response.headers.get("ETag") ?? "";
  const reviewed = await asAuthority.POST("/api/v1/permits/{number}/accept", {
    params: { path, header: { "If-Match": etag } }, body: {},
  });
  etag = reviewed.response.headers.get("ETag") ?? "";
  const approved = await asAuthority.POST("/api/v1/permits/{number}/approve", {
    params: { path, header: { "If-Match": etag } },
    body: { validFrom: "2027-01-04", validUntil: "2027-12-31", conditions: "No re-export." },
  });
  if (approved.data?.status !== "APPROVED") throw new Error(approved.error?.detail ?? "not approved");

  const polled = await asExporter.GET("/api/v1/permits/{number}/status", { params: { path } });
  const status: PermitStatusView | undefined = polled.data;
  const tag = polled.response.headers.get("ETag") ?? "";
  const again = await asExporter.GET("/api/v1/permits/{number}/status", {
    params: { path, header: { "If-None-Match": tag } },
  });
  if (again.response.status !== 304 || status?.status !== "APPROVED") throw new Error("no 304 for a current tag");

  const batch = await asExporter.POST("/api/v1/permit-status-queries", { body: { permits: [{ number }] } });
  const results = batch.data?.results ?? [];
  if (results.length !== 1 || results[0]?.outcome !== "OK") throw new Error("one answer per permit asked about");

  const shipped = await asExporter.POST("/api/v1/permits/{number}/shipments", {
    params: { path },
    body: { batchId: `CUS-${number}`, shippedOn: "2027-01-06", lines: [{ lineNumber: 1, quantity: 120.5 }] },
  });
  const remaining: number | undefined = shipped.data?.lines[0]?.remainingAfter;
  if (remaining !== 379.5) {
    const shortfall = shipped.error?.errors?.[0];
    throw new Error(`shipment refused: ${shortfall?.maximum ?? ""} ${shortfall?.unit ?? ""}`);
  }

  const feed = await asExporter.GET("/api/v1/events", {
    params: { query: { types: "permit.approved,permit.shipment_recorded", limit: 200 } },
  });
  const told = (feed.data?.items ?? []).filter((event) => event.subject.id === number);
  if (told.length !== 2) throw new Error(`the feed told ${told.length} of 2 changes`);
  // An event's type says which variant it is, so data is typed as the permit's status without a cast.
  const recorded = told.find((event) => event.type === "permit.shipment_recorded");
  const shippedQuantity: number | undefined =
    recorded?.type === "permit.shipment_recorded" ? recorded.data.lines[0]?.shippedQuantity : undefined;
  if (shippedQuantity !== 120.5) throw new Error(`the event says ${shippedQuantity} shipped`);

  const history = await asExporter.GET("/api/v1/permits/{number}/history", { params: { path } });
  return (history.data?.items ?? []).map((entry) => entry.action);
}
