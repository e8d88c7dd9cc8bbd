import { describe, expect, it } from "vitest";
import {
  countryLabel,
  intendedUseLabel,
  intendedUseLongLabel,
  jobRoleLabel,
  parseConditions,
  timelineLabel,
} from "./labels";

describe("enquiry labels", () => {
  it("labels stored values and shows unknown (older) values as stored", () => {
    expect(intendedUseLabel("research")).toBe("Research");
    expect(intendedUseLabel("commercial")).toBe("Commercial");
    expect(intendedUseLabel("other")).toBe("other");
    expect(intendedUseLongLabel("research")).toBe("Research (academic or non-profit)");
    expect(jobRoleLabel("clinician")).toBe("Clinician / radiologist");
    expect(jobRoleLabel("astronaut")).toBe("astronaut");
    expect(timelineLabel("asap")).toBe("As soon as possible");
    expect(timelineLabel("someday")).toBe("someday");
    expect(countryLabel("FR")).toBe("France");
  });

  it("does not take inherited keys for labels", () => {
    expect(jobRoleLabel("toString")).toBe("toString");
    expect(timelineLabel("constructor")).toBe("constructor");
  });

  it("reads the stored condition list, keeping strings only and tolerating bad JSON", () => {
    expect(parseConditions('["Disc herniation","Stenosis"]')).toEqual(["Disc herniation", "Stenosis"]);
    expect(parseConditions('["a",1,null,{"x":1},"b"]')).toEqual(["a", "b"]);
    expect(parseConditions('{"a":1}')).toEqual([]);
    expect(parseConditions("not json")).toEqual([]);
    expect(parseConditions("")).toEqual([]);
  });
});
