"""Conventional Latin spellings of frequent Khmer name words.

Cambodian names in the press follow a loose, French-influenced popular romanisation that no
rule system reproduces exactly for the most frequent family names (ហ៊ុន is always `Hun`,
កឹម is `Kem` though the rules give `Koem`). So the most common family names, and a few given
names of public figures whose spelling is fixed by use, are listed here; the romaniser tries
them first and still adds its rule-based outputs as further variants. The first spelling is the
one news uses most; later ones are attested alternatives. Keys are in normalised Khmer.
"""

from __future__ import annotations

FAMILY_NAMES: dict[str, tuple[str, ...]] = {
    "ហ៊ុន": ("Hun",), "កឹម": ("Kem", "Koem", "Kim"), "សម": ("Sam", "Sar"), "ស": ("Sar", "Sa", "Sor"),
    "ជា": ("Chea", "Chia"), "ហេង": ("Heng",), "សុខ": ("Sok", "Sokh"), "កែវ": ("Keo", "Kaev", "Kev"),
    "មាស": ("Meas", "Mias"), "ប្រាក់": ("Prak", "Prach"), "ទៀ": ("Tea", "Tie", "Tia"),
    "ហ៊ីង": ("Hing",), "ទ្រី": ("Try", "Trei"), "គន់": ("Kun", "Kon"), "ចៅ": ("Chau", "Chao", "Chav"),
    "សេង": ("Seng",), "លី": ("Ly", "Lee", "Li"), "លឹម": ("Lim", "Loem"), "ចាន់": ("Chan",),
    "អ៊ុក": ("Ouk", "Uk"), "ញឹម": ("Nhim", "Nhoem"), "សាយ": ("Say", "Sai"), "ប៉ែន": ("Pen", "Paen"),
    "ម៉ែន": ("Men", "Maen"), "នួន": ("Nuon", "Noun"), "អៀង": ("Ieng", "Eang", "Ing"),
    "ខៀវ": ("Khieu", "Khiev", "Kheav"), "ម៉ម": ("Mam", "Mom"), "អ៊ុំ": ("Um", "Oum"),
    "គង់": ("Kong",), "រស់": ("Ros", "Ruos"), "ទេព": ("Tep", "Tep"), "ថាច់": ("Thach", "Thach"),
    "ឈឹម": ("Chhim", "Chhoem"), "យឹម": ("Yim", "Yoem"), "ឡុង": ("Long",), "ទា": ("Tea", "Tia"),
    "ម៉ួរ": ("Mu", "Mour", "Muor"), "មូរ": ("Mu", "Mour"), "ខួន": ("Khoun", "Khuon"),
    "ឃួន": ("Khuon", "Khoun"), "ប៉ាយ": ("Pay",), "នរោត្តម": ("Norodom",),
    "ស៊ីសុវត្ថិ": ("Sisowath", "Sisovath"), "ឌិត": ("Dith",), "ប៉ុល": ("Pol",), "ពិន": ("Pin",),
    "សុន": ("Son",), "សួន": ("Suon", "Soun"), "អ៊ឹម": ("Im", "Oem"), "ឈាង": ("Chheang",),
    "ជាម": ("Chea", "Cheam"), "អ៊ូ": ("Ou", "Oo"), "អ៊ុង": ("Ung", "Oung"), "ញ៉ែម": ("Nhem",),
    "ម៉ៅ": ("Mao",), "អេង": ("Eng",), "ឡាយ": ("Lay",), "ស៊ុន": ("Sun", "Soun"),
    "ទិត្យ": ("Tith",), "ទុំ": ("Tum", "Toum"), "យស": ("Yos",), "ពេជ្រ": ("Pich", "Pech"),
    "ម៉ក់": ("Mok",), "វង្ស": ("Vong", "Vorng"), "អ៊ិត": ("It",), "ឡេង": ("Leng",),
    "ហាក់": ("Hak",), "ស៊ឹម": ("Sim", "Soem"), "គឹម": ("Kim", "Koem"), "ទេស": ("Tes",),
    "ប៊ុន": ("Bun", "Boun"), "ជិន": ("Chin",), "ចេង": ("Cheng",), "ខឹម": ("Khim", "Khem"),
    "ឈៀង": ("Chhieng", "Chheang"), "ម៉េង": ("Meng",), "ហ៊ាង": ("Hang",), "តាំង": ("Tang",),
    "ហោ": ("Hor", "Hao"), "ពៅ": ("Pov",), "សោម": ("Som",), "ម៉ាក": ("Mak",), "ងួន": ("Nguon",),
    "ប៉ិច": ("Pich",), "ភួង": ("Phuong", "Phoung"), "ហ៊ួត": ("Huot",), "ណុប": ("Nob",),
    "ទូច": ("Touch",), "ឯក": ("Ek", "Aek"), "ចេវ": ("Chev",), "ជួន": ("Chuon", "Choun"),
    "ខាត់": ("Khat",), "ប៉ុក": ("Pok",), "ជុំ": ("Chum",), "ស៊ាង": ("Seang", "Sieng"),
    "ពេជ": ("Pich", "Pech"), "ណេត": ("Neth", "Net"), "ពល": ("Pol", "Pul"), "ហុក": ("Hok",),
    "រ៉ុង": ("Rong",), "ឡុន": ("Lon",), "ហង់": ("Hang",), "គាត": ("Keat",), "ប៊ិន": ("Bin",),
    "ស៊ុយ": ("Suy", "Suoy"), "ទ្រាំ": ("Tram",), "ញឹក": ("Nhek", "Nhoek"), "កើត": ("Koeut", "Kaet"),
    "អ៊ាត": ("Ath", "At"), "ផៃ": ("Phay", "Phai"), "ប៉ា": ("Pa",), "គិត": ("Kith", "Kit"),
    "សៅ": ("Sao", "Sau"), "ចាម": ("Cham",), "អូន": ("Aun", "Oun"), "តា": ("Ta",),
    "ម៉ី": ("Mey", "Mei"), "ឈុន": ("Chhun",), "វ៉ាន់": ("Van", "Vann"), "យ៉ែម": ("Yem",),
    "ស៊ិន": ("Sin",), "ឆាយ": ("Chhay",), "ណុល": ("Nol",), "ទួត": ("Tuot",), "ព្រំ": ("Prum", "Prom"),
    "អ៊ួង": ("Oung",), "ហ៊ឹម": ("Him",), "ថោង": ("Thong",), "ស្រេង": ("Sreng",), "ខែម": ("Khem",),
}
GIVEN_NAMES: dict[str, tuple[str, ...]] = {
    "រង្ស៊ី": ("Rainsy", "Rangsy", "Rangsei"),
    "សុខហួរ": ("Sochua", "Sokhua"),
    "សីហមុនី": ("Sihamoni", "Sihamony"),
    "សីហនុ": ("Sihanouk", "Sihanuk"),
    "សុខុន": ("Sokhonn", "Sokhon"),
    "សុខា": ("Sokha",),
    "មុនី": ("Moni", "Mony"),
    "ណារ៉ា": ("Nara",),
    "ម៉ាណែត": ("Manet",),
    "រ៉ានី": ("Rany",),
}
