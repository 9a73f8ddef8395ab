"""A checkpoint path that stays in the run's folder as text may still lead out through a symbolic
link in that folder: `leaves_folder` follows links before a write."""

import os

import pytest

from playground.core.recipe.callback_specs import leaves_folder
from tests.core.messages import assert_translates


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="symbolic links")
def test_a_link_out_of_the_folder_is_named(tmp_path):
    run, outside = tmp_path / "run", tmp_path / "elsewhere"
    run.mkdir()
    outside.mkdir()
    (run / "ckpt").symlink_to(outside, target_is_directory=True)
    (run / "inside").mkdir()
    assert leaves_folder(run, "best.keras") is None
    assert leaves_folder(run, "inside/best.keras") is None
    problem = leaves_folder(run, "ckpt/best.keras")
    assert str(problem) == (
        f"ckpt/best.keras leads out of the run's folder through a symbolic link (to {outside / 'best.keras'}): "
        "not written"
    )
    assert_translates(problem, "callback_specs")


def test_a_folder_reached_through_a_link_itself_is_fine(tmp_path):
    real = tmp_path / "real"
    real.mkdir()
    (tmp_path / "alias").symlink_to(real, target_is_directory=True)
    assert leaves_folder(tmp_path / "alias", "best.keras") is None
