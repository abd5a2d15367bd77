"""Peer for the benchmark: count addresses per phase per quarter with pandas + openpyxl, the way an
analyst would without Regie. One sheet per quarter (Adres-ID, ..., Fase); prints one line per quarter."""
import sys
import pandas as pd

FASEN = ["Nog niet gestart", "Opname", "Beoordeling", "Planvorming", "Uitvoering", "Voltooid"]


def main(pad: str) -> None:
    bladen = pd.read_excel(pad, sheet_name=None, engine="openpyxl", dtype={"Adres-ID": str})
    for naam, df in bladen.items():
        df = df.drop_duplicates(subset="Adres-ID")
        fase = df["Fase"].astype(str).str.strip().str.lower()
        telling = {f: int((fase == f.lower()).sum()) for f in FASEN}
        print(naam, *[telling[f] for f in FASEN], sum(telling.values()))


if __name__ == "__main__":
    main(sys.argv[1])
