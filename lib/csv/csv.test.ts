import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { CsvError, guardFormula, parseCsv, serializeCsv } from "./csv";

describe("parseCsv", () => {
  test("plain records with CRLF, LF or CR line endings; a final line break adds no record", () => {
    expect(parseCsv("a,b\r\n1,2\r\n")).toEqual([["a", "b"], ["1", "2"]]);
    expect(parseCsv("a,b\n1,2")).toEqual([["a", "b"], ["1", "2"]]);
    expect(parseCsv("a,b\r1,2\r")).toEqual([["a", "b"], ["1", "2"]]);
    expect(parseCsv("")).toEqual([]);
  });

  test("quoted fields hold commas, doubled quotes and line breaks; empty cells are kept", () => {
    expect(parseCsv('name,notes\r\n"Acme, Inc.","He said ""hi""\r\nthen left"\r\n,""\r\n')).toEqual([
      ["name", "notes"],
      ["Acme, Inc.", 'He said "hi"\r\nthen left'],
      ["", ""],
    ]);
    expect(parseCsv('a,,"",b')).toEqual([["a", "", "", "b"]]);
    expect(parseCsv('""')).toEqual([[""]]);
  });

  test("a UTF-8 byte order mark is skipped", () => {
    expect(parseCsv("\uFEFFname\r\nÉlodie\r\n")).toEqual([["name"], ["Élodie"]]);
  });

  test("stray or unclosed quotes are errors naming the record", () => {
    const error = (text: string) => {
      try {
        parseCsv(text);
      } catch (caught) {
        return caught;
      }
      return undefined;
    };
    expect(error('a\r\n"open')).toEqual(new CsvError("A quoted field in record 2 is not closed.", 2));
    expect(error('a\r\nx"y')).toMatchObject({ row: 2, message: expect.stringContaining("quote inside an unquoted field") });
    expect(error('"a"b')).toMatchObject({ row: 1, message: expect.stringContaining("after a closing quote") });
  });
});

describe("serializeCsv", () => {
  test("CRLF, quotes only where needed, null as empty", () => {
    expect(serializeCsv([["name", "count", "ok", "none"], ["Acme, Inc.", 3, true, null], ['say "hi"', 0, false, undefined], ["two\nlines", " padded", "", "x"]])).toBe(
      'name,count,ok,none\r\n"Acme, Inc.",3,true,\r\n"say ""hi""",0,false,\r\n"two\nlines"," padded",,x\r\n',
    );
    expect(serializeCsv([])).toBe("");
    expect(serializeCsv([["a"]], { bom: true })).toBe("\uFEFFa\r\n");
  });

  test("formula injection: text starting with = + - @ tab or CR is prefixed with an apostrophe; numbers are not", () => {
    expect(serializeCsv([["=HYPERLINK(\"http://evil\")", "+1", "-2", "@SUM(A1)", "\tx", "safe=1", -5]])).toBe(
      `"'=HYPERLINK(""http://evil"")",'+1,'-2,'@SUM(A1),'\tx,safe=1,-5\r\n`,
    );
    expect(guardFormula("a=b")).toBe("a=b");
    expect(serializeCsv([["=1+1"]], { guardFormulas: false })).toBe("=1+1\r\n");
  });

  test("parse(serialize(rows)) gives the rows back (formula guard off)", () => {
    const cell = fc.string({ unit: fc.constantFrom("a", "é", ",", '"', "\r", "\n", " ", "=", "x") });
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 5 }), (rows) => {
        // A record with one empty cell serializes to an empty line, which RFC 4180 reads as that same record.
        expect(parseCsv(serializeCsv(rows, { guardFormulas: false }))).toEqual(rows);
      }),
    );
  });
});
