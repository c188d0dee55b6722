"""
A workbook part by part, as openpyxl (a reader nobody on this project wrote) sees it, as JSON on
stdout, for test/support/openpyxl.ts:

    /usr/bin/python3 test/support/xlsx_parts.py WORKBOOK.xlsx

{
  "sheet_order": [name, ...],
  "sheets": {name: {state, tab_color, freeze_panes, autofilter, print_area, merges,
                    columns: {letter: {width, hidden}},
                    rows: {number: {height (when not the default), hidden}},
                    validations: [...], conditional_formats: [...],
                    cells: {coordinate: {...}}}},
  "defined_names": [{name, value, local_sheet, hidden}],
  "package": {"parts": {part name: content type}, "defined_names": [as written in workbook.xml],
              "threaded_comments": [{sheet, ref, text, reply}]},
  "warnings": [text of each warning openpyxl gave while loading]
}

A cell is listed when it has a value, a note or a style of its own; each key is left out when it
is the default (no formula, no comment, General, no fill ...). Colours are {"rgb": "FF1F4E78"},
{"theme": 1, "tint": 0.4} or {"indexed": 64}. The workbook is loaded twice: as written, for
formulas, and with data_only=True, for the results cached with them.
"""

import datetime
import json
import posixpath
import sys
import warnings
import zipfile
from xml.etree import ElementTree

from openpyxl import load_workbook
from openpyxl.utils import get_column_letter


def iso(value):
    if isinstance(value, datetime.datetime):
        if value.time() == datetime.time(0):
            return value.date().isoformat()
        return value.isoformat()
    if isinstance(value, (datetime.date, datetime.time)):
        return value.isoformat()
    if isinstance(value, datetime.timedelta):
        return value.total_seconds()
    return value


def plain(value):
    """A cell value as JSON: dates ISO, numbers and text as they are, formulas as their text."""
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    converted = iso(value)
    if converted is not value:
        return converted
    text = getattr(value, "text", None)  # an array formula
    return text if text is not None else str(value)


def colour(color):
    if color is None:
        return None
    kind = getattr(color, "type", None)
    if kind == "rgb":
        return {"rgb": color.rgb}
    if kind == "theme":
        return {"theme": color.theme, "tint": round(color.tint or 0, 6)}
    if kind == "indexed":
        return {"indexed": color.indexed}
    if kind == "auto":
        return {"auto": True}
    return None


def compact(mapping):
    return {key: value for key, value in mapping.items() if value not in (None, False, 0, "", [], {})}


def font(f):
    if f is None:
        return None
    return compact(
        {
            "name": f.name,
            "size": f.sz,
            "bold": bool(f.b),
            "italic": bool(f.i),
            "underline": f.u,
            "strike": bool(f.strike),
            "color": colour(f.color),
            "vertAlign": f.vertAlign,
        }
    )


def fill(f):
    if f is None:
        return None
    if getattr(f, "tagname", None) == "gradientFill":
        return {
            "gradient": f.type,
            "degree": f.degree,
            "stops": [[stop.position, colour(stop.color)] for stop in f.stop],
        }
    if not f.patternType:
        return None
    return compact(
        {"patternType": f.patternType, "fgColor": colour(f.fgColor), "bgColor": colour(f.bgColor)}
    )


def alignment(a):
    if a is None:
        return None
    return compact(
        {
            "horizontal": a.horizontal,
            "vertical": a.vertical,
            "wrap_text": bool(a.wrap_text),
            "shrink_to_fit": bool(a.shrink_to_fit),
            "indent": a.indent,
            "text_rotation": a.text_rotation,
        }
    )


def border(b):
    if b is None:
        return None
    sides = {}
    for side in ("left", "right", "top", "bottom", "diagonal"):
        s = getattr(b, side)
        if s is not None and s.style:
            sides[side] = compact({"style": s.style, "color": colour(s.color)})
    return sides


def differential(dxf):
    """A conditional format's style: its fill and font colours, bold and italic."""
    if dxf is None:
        return None
    out = {}
    if dxf.fill is not None:
        out["fill"] = compact(
            {
                "patternType": dxf.fill.patternType,
                "fgColor": colour(dxf.fill.fgColor),
                "bgColor": colour(dxf.fill.bgColor),
            }
        )
    if dxf.font is not None:
        out["font"] = compact(
            {"color": colour(dxf.font.color), "bold": bool(dxf.font.b), "italic": bool(dxf.font.i)}
        )
    if dxf.numFmt is not None:
        out["number_format"] = dxf.numFmt.formatCode
    if dxf.border is not None:
        out["border"] = border(dxf.border)
    return out


def cell_record(cell, cached_cell):
    record = {}
    value = cell.value
    if cell.data_type == "f":
        record["formula"] = plain(value)
        record["cached"] = plain(cached_cell.value) if cached_cell is not None else None
        record["value"] = None
    else:
        record["value"] = plain(value)
    record["type"] = cell.data_type
    if getattr(cell, "is_date", False):
        record["is_date"] = True
    if cell.has_style:
        if cell.number_format != "General":
            record["number_format"] = cell.number_format
        for key, summary in (
            ("font", font(cell.font)),
            ("fill", fill(cell.fill)),
            ("alignment", alignment(cell.alignment)),
            ("border", border(cell.border)),
        ):
            if summary:
                record[key] = summary
        if cell.protection is not None and (cell.protection.locked is False or cell.protection.hidden):
            record["protection"] = {"locked": cell.protection.locked, "hidden": cell.protection.hidden}
    if getattr(cell, "comment", None) is not None:
        record["comment"] = {"text": cell.comment.text, "author": cell.comment.author}
    if getattr(cell, "hyperlink", None) is not None:
        record["hyperlink"] = compact(
            {"target": cell.hyperlink.target, "location": cell.hyperlink.location}
        )
    return record


def is_listed(cell):
    return cell.value is not None or getattr(cell, "comment", None) is not None or cell.has_style


def columns(ws):
    out = {}
    for key, dim in sorted(ws.column_dimensions.items()):
        first = dim.min or dim.max
        last = dim.max or dim.min
        if first is None:
            continue
        for index in range(first, last + 1):
            entry = compact({"width": dim.width if dim.customWidth else None, "hidden": bool(dim.hidden)})
            if entry:
                out[get_column_letter(index)] = entry
    return out


def rows(ws):
    """Heights that differ from the sheet's default (LibreOffice writes the default on every row)."""
    default = ws.sheet_format.defaultRowHeight
    out = {}
    for index, dim in sorted(ws.row_dimensions.items()):
        height = dim.ht if dim.ht is not None and dim.ht != default else None
        entry = compact({"height": height, "hidden": bool(dim.hidden)})
        if entry:
            out[str(index)] = entry
    return out


def validations(ws):
    out = []
    for dv in ws.data_validations.dataValidation:
        out.append(
            {
                "sqref": str(dv.sqref),
                "type": dv.type,
                "operator": dv.operator,
                "formula1": dv.formula1,
                "formula2": dv.formula2,
                "allow_blank": bool(dv.allow_blank),
                "show_error": bool(dv.showErrorMessage),
                "show_input": bool(dv.showInputMessage),
                "error_style": dv.errorStyle,
                "error": dv.error,
                "error_title": dv.errorTitle,
                "prompt": dv.prompt,
                "prompt_title": dv.promptTitle,
            }
        )
    return out


def conditional_formats(ws):
    out = []
    for cf in ws.conditional_formatting:
        for rule in cf.rules:
            out.append(
                {
                    "sqref": str(cf.sqref),
                    "type": rule.type,
                    "operator": rule.operator,
                    "formula": list(rule.formula or []),
                    "text": rule.text,
                    "stop_if_true": bool(rule.stopIfTrue),
                    "priority": rule.priority,
                    "dxf": differential(rule.dxf),
                    "color_scale": None if rule.colorScale is None else len(rule.colorScale.cfvo),
                    "data_bar": rule.dataBar is not None,
                    "icon_set": None if rule.iconSet is None else rule.iconSet.iconSet,
                }
            )
    return out


def sheet_record(ws, cached_ws):
    cells = {}
    for (row, column), cell in sorted(ws._cells.items()):
        if not is_listed(cell):
            continue
        cached = cached_ws._cells.get((row, column)) if cached_ws is not None else None
        cells[cell.coordinate] = cell_record(cell, cached)
    tab = ws.sheet_properties.tabColor
    return {
        "state": ws.sheet_state,
        "tab_color": colour(tab),
        "freeze_panes": ws.freeze_panes,
        "autofilter": ws.auto_filter.ref,
        "print_area": ws.print_area,
        "merges": sorted(str(merged) for merged in ws.merged_cells.ranges),
        "columns": columns(ws),
        "rows": rows(ws),
        "validations": validations(ws),
        "conditional_formats": conditional_formats(ws),
        "cells": cells,
    }


def defined_names(wb):
    names = wb.defined_names.definedName if hasattr(wb.defined_names, "definedName") else []
    return sorted(
        (
            {
                "name": name.name,
                "value": name.attr_text,
                "local_sheet": None if name.localSheetId is None else wb.sheetnames[int(name.localSheetId)],
                "hidden": bool(name.hidden),
            }
            for name in names
        ),
        key=lambda name: (name["name"], name["local_sheet"] or ""),
    )


CONTENT_TYPES = "{http://schemas.openxmlformats.org/package/2006/content-types}"
RELATIONSHIPS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
THREADED = "{http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments}"


def package(path):
    """
    What openpyxl does not read: the package's parts by content type, the defined names as
    written (openpyxl leaves out _xlnm._FilterDatabase), and Excel 365's threaded comments (which
    openpyxl sees only as their legacy copies), by sheet and cell.
    """
    with zipfile.ZipFile(path) as archive:
        names = set(archive.namelist())
        types = ElementTree.fromstring(archive.read("[Content_Types].xml"))
        defaults = {
            d.get("Extension").lower(): d.get("ContentType") for d in types.iter(CONTENT_TYPES + "Default")
        }
        overrides = {o.get("PartName").lstrip("/"): o.get("ContentType") for o in types.iter(CONTENT_TYPES + "Override")}
        parts = {}
        for name in sorted(names):
            if name.endswith("/") or name == "[Content_Types].xml":
                continue
            kind = overrides.get(name) or defaults.get(name.rsplit(".", 1)[-1].lower())
            parts[name] = kind

        def targets(part):
            rels = posixpath.join(posixpath.dirname(part), "_rels", posixpath.basename(part) + ".rels")
            if rels not in names:
                return {}
            tree = ElementTree.fromstring(archive.read(rels))
            return {
                r.get("Id"): (r.get("Type"), posixpath.normpath(posixpath.join(posixpath.dirname(part), r.get("Target"))))
                for r in tree.iter(RELATIONSHIPS + "Relationship")
                if r.get("TargetMode") != "External"
            }

        workbook = next(name for name, kind in parts.items() if kind and kind.endswith(".sheet.main+xml"))
        book = ElementTree.fromstring(archive.read(workbook))
        book_rels = targets(workbook)
        main = book.tag.split("}")[0] + "}"
        rel_id = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
        sheet_names = [sheet.get("name") for sheet in book.iter(main + "sheet")]
        names_as_written = sorted(
            (
                {
                    "name": name.get("name"),
                    "local_sheet": None
                    if name.get("localSheetId") is None
                    else sheet_names[int(name.get("localSheetId"))],
                    "hidden": name.get("hidden") in ("1", "true"),
                    "value": name.text,
                }
                for name in book.iter(main + "definedName")
            ),
            key=lambda name: (name["name"], name["local_sheet"] or ""),
        )
        threaded = []
        for sheet in book.iter(main + "sheet"):
            sheet_part = book_rels.get(sheet.get(rel_id), (None, None))[1]
            if sheet_part is None or sheet_part not in names:
                continue
            for kind, target in targets(sheet_part).values():
                if not kind.endswith("/threadedComment") or target not in names:
                    continue
                for comment in ElementTree.fromstring(archive.read(target)).iter(THREADED + "threadedComment"):
                    text = comment.find(THREADED + "text")
                    threaded.append(
                        {
                            "sheet": sheet.get("name"),
                            "ref": comment.get("ref"),
                            "text": text.text if text is not None else None,
                            "reply": comment.get("parentId") is not None,
                        }
                    )
    return {"parts": parts, "defined_names": names_as_written, "threaded_comments": threaded}


def main(path):
    caught = []
    with warnings.catch_warnings(record=True) as seen:
        warnings.simplefilter("always")
        wb = load_workbook(path)
        cached = load_workbook(path, data_only=True)
        caught = [str(w.message) for w in seen]
    sheets = {}
    for ws in wb.worksheets:
        cached_ws = cached[ws.title] if ws.title in cached.sheetnames else None
        sheets[ws.title] = sheet_record(ws, cached_ws)
    json.dump(
        {
            "sheet_order": [ws.title for ws in wb.worksheets],
            "sheets": sheets,
            "defined_names": defined_names(wb),
            "package": package(path),
            "warnings": sorted(set(caught)),
        },
        sys.stdout,
        ensure_ascii=False,
        separators=(",", ":"),
    )


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: xlsx_parts.py WORKBOOK.xlsx")
    main(sys.argv[1])
