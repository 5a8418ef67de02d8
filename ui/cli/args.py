"""Argument types and checks shared by the command modules: ids, bounded numbers, output
files.

Every number the database stores is a 64-bit integer: an id beyond that range is a usage
error (exit 2), not an OverflowError from the driver. Output files are never overwritten
without `--force`, and a missing folder is refused, never created.
"""
from __future__ import annotations

import argparse
import os
from pathlib import Path

from models.foundation.errors import FileProblem

MAX_ID = 2 ** 63 - 1


def _whole_number(text: str) -> int:
    try:
        return int(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"不是整数：{text!r}") from None


def record_id(text: str) -> int:
    """A database id: a whole number from 1 to 2^63-1."""
    value = _whole_number(text)
    if not 1 <= value <= MAX_ID:
        raise argparse.ArgumentTypeError(f"编号应是 1 到 {MAX_ID} 之间的整数，而不是 {text}")
    return value


def int_between(low: int, high: int):
    def parse(text: str) -> int:
        value = _whole_number(text)
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(f"应是 {low} 到 {high} 之间的整数，而不是 {text}")
        return value
    parse.__name__ = f"整数（{low}–{high}）"
    return parse


def add_force(parser) -> None:
    parser.add_argument("--force", action="store_true", help="overwrite the output file if it exists")


def output_file(path: str, *, force: bool) -> Path:
    """Check an output path before any work: a folder, a missing folder, an existing file
    (without --force) or a folder we may not write is refused with a sentence."""
    target = Path(path).expanduser()
    if not str(path).strip():
        raise FileProblem(path, "not_found", "请给出要写入的文件名")
    if target.is_dir():
        raise FileProblem(str(target), "is_directory")
    folder = target.parent
    if not folder.is_dir():
        raise FileProblem(str(folder), "no_folder",
                          f"文件夹不存在：{folder}（不会自动创建，请先建好文件夹）")
    if target.exists() and not force:
        raise FileProblem(str(target), "exists", f"文件已存在：{target}（要覆盖请加 --force）")
    if not os.access(folder, os.W_OK) or (target.exists() and not os.access(target, os.W_OK)):
        raise FileProblem(str(target), "not_writable")
    return target
