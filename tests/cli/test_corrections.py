"""`sitrep correct`, `sitrep corrections` and `sitrep apply-corrections` on a copy of the corpus."""

from __future__ import annotations

import json
import shutil

from sitrep.cli import main


def test_correct_list_and_reapply_from_the_cli(corpus, tmp_path, capsys):
    db = tmp_path / "cli.duckdb"
    shutil.copy(corpus[0], db)
    from sitrep.store import Store

    with Store(db) as store:
        event = store.serve_events(limit=1)[0][1]
    assert main(["--db", str(db), "correct", "move_place", event.event_id, "--set", "location=Anefis",
                 "--set", "latitude=18.05", "--set", "longitude=0.6", "--why", "wrong town", "--who", "ana"]) == 0
    record = json.loads(capsys.readouterr().out)[0]
    assert record["who"] == "ana" and record["changed"] == [event.event_id]
    assert main(["--db", str(db), "corrections", "--format", "json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(c["kind"], c["target"], c["why"]) for c in listed] == [("move_place", event.event_id, "wrong town")]

    from sitrep.fuse import rebuild

    with Store(db) as store:
        rebuild(store)  # fusion from scratch forgets the correction...
        assert store.get_event(event.event_id).location != "Anefis"
    assert main(["--db", str(db), "apply-corrections"]) == 0
    assert "1 correction(s)" in capsys.readouterr().out
    with Store(db) as store:  # ...and re-applying restores it
        assert (store.get_event(event.event_id).location, store.get_event(event.event_id).latitude) == ("Anefis", 18.05)
    # a bad payload is a usage error with a code, not a traceback
    assert main(["--db", str(db), "correct", "move_place", event.event_id, "--set", "latitude=north"]) == 2
    assert "E_USAGE" in capsys.readouterr().err
