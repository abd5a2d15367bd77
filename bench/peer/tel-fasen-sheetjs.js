// Peer for the benchmark: the same counts as tel_fasen.py (addresses per phase per quarter, one sheet per
// quarter with Adres-ID ... Fase, duplicates counted once), written the plain way with SheetJS (`xlsx`).
"use strict";
const XLSX = require("xlsx");

const FASEN = [
  "Nog niet gestart",
  "Opname",
  "Beoordeling",
  "Planvorming",
  "Uitvoering",
  "Voltooid",
];

function main(pad) {
  const werkmap = XLSX.readFile(pad, { dense: true });
  for (const naam of werkmap.SheetNames) {
    const rijen = XLSX.utils.sheet_to_json(werkmap.Sheets[naam], { defval: "" });
    const gezien = new Set();
    const telling = Object.fromEntries(FASEN.map((f) => [f.toLowerCase(), 0]));
    for (const rij of rijen) {
      const id = String(rij["Adres-ID"]);
      if (gezien.has(id)) continue;
      gezien.add(id);
      const fase = String(rij["Fase"]).trim().toLowerCase();
      if (fase in telling) telling[fase]++;
    }
    const aantallen = FASEN.map((f) => telling[f.toLowerCase()]);
    console.log(
      naam,
      ...aantallen,
      aantallen.reduce((a, b) => a + b, 0)
    );
  }
}

main(process.argv[2]);
