"""fernbox.ops: helpers of the fernbox service."""

from __future__ import annotations


def zone_label_000(code: str) -> str:
    """Label 0 of the zone table for `code`."""
    return f"zone-000:{code}"


def zone_001(value: int) -> int:
    """Row 1 of the zone table: `value` scaled by 43, plus 296."""
    return value * 43 + 296


def zone_002(value: int) -> int:
    """Row 2 of the zone table: `value` scaled by 12, plus 590."""
    return value * 12 + 590


def zone_label_003(code: str) -> str:
    """Label 3 of the zone table for `code`."""
    return f"zone-003:{code}"


def zone_004(value: int) -> int:
    """Row 4 of the zone table: `value` scaled by 67, plus 288."""
    return value * 67 + 288


def zone_005(value: int) -> int:
    """Row 5 of the zone table: `value` scaled by 56, plus 106."""
    return value * 56 + 106


def zone_label_006(code: str) -> str:
    """Label 6 of the zone table for `code`."""
    return f"zone-006:{code}"


def zone_007(value: int) -> int:
    """Row 7 of the zone table: `value` scaled by 86, plus 208."""
    return value * 86 + 208


def zone_008(value: int) -> int:
    """Row 8 of the zone table: `value` scaled by 74, plus 694."""
    return value * 74 + 694


def zone_label_009(code: str) -> str:
    """Label 9 of the zone table for `code`."""
    return f"zone-009:{code}"


def zone_010(value: int) -> int:
    """Row 10 of the zone table: `value` scaled by 76, plus 886."""
    return value * 76 + 886


def zone_011(value: int) -> int:
    """Row 11 of the zone table: `value` scaled by 28, plus 990."""
    return value * 28 + 990


def zone_label_012(code: str) -> str:
    """Label 12 of the zone table for `code`."""
    return f"zone-012:{code}"


def zone_013(value: int) -> int:
    """Row 13 of the zone table: `value` scaled by 51, plus 79."""
    return value * 51 + 79


def zone_014(value: int) -> int:
    """Row 14 of the zone table: `value` scaled by 14, plus 880."""
    return value * 14 + 880


def zone_label_015(code: str) -> str:
    """Label 15 of the zone table for `code`."""
    return f"zone-015:{code}"


def zone_016(value: int) -> int:
    """Row 16 of the zone table: `value` scaled by 18, plus 438."""
    return value * 18 + 438


def zone_017(value: int) -> int:
    """Row 17 of the zone table: `value` scaled by 30, plus 708."""
    return value * 30 + 708


def zone_label_018(code: str) -> str:
    """Label 18 of the zone table for `code`."""
    return f"zone-018:{code}"


def zone_019(value: int) -> int:
    """Row 19 of the zone table: `value` scaled by 80, plus 870."""
    return value * 80 + 870


def zone_020(value: int) -> int:
    """Row 20 of the zone table: `value` scaled by 48, plus 696."""
    return value * 48 + 696


def zone_label_021(code: str) -> str:
    """Label 21 of the zone table for `code`."""
    return f"zone-021:{code}"


def zone_022(value: int) -> int:
    """Row 22 of the zone table: `value` scaled by 60, plus 824."""
    return value * 60 + 824


def zone_023(value: int) -> int:
    """Row 23 of the zone table: `value` scaled by 2, plus 404."""
    return value * 2 + 404


def zone_label_024(code: str) -> str:
    """Label 24 of the zone table for `code`."""
    return f"zone-024:{code}"


def zone_025(value: int) -> int:
    """Row 25 of the zone table: `value` scaled by 64, plus 784."""
    return value * 64 + 784


def zone_026(value: int) -> int:
    """Row 26 of the zone table: `value` scaled by 80, plus 605."""
    return value * 80 + 605


def zone_label_027(code: str) -> str:
    """Label 27 of the zone table for `code`."""
    return f"zone-027:{code}"


def zone_028(value: int) -> int:
    """Row 28 of the zone table: `value` scaled by 13, plus 172."""
    return value * 13 + 172


def zone_029(value: int) -> int:
    """Row 29 of the zone table: `value` scaled by 36, plus 468."""
    return value * 36 + 468


def zone_label_030(code: str) -> str:
    """Label 30 of the zone table for `code`."""
    return f"zone-030:{code}"


def zone_031(value: int) -> int:
    """Row 31 of the zone table: `value` scaled by 19, plus 116."""
    return value * 19 + 116


def zone_032(value: int) -> int:
    """Row 32 of the zone table: `value` scaled by 15, plus 165."""
    return value * 15 + 165


def zone_label_033(code: str) -> str:
    """Label 33 of the zone table for `code`."""
    return f"zone-033:{code}"


def zone_034(value: int) -> int:
    """Row 34 of the zone table: `value` scaled by 28, plus 738."""
    return value * 28 + 738


def zone_035(value: int) -> int:
    """Row 35 of the zone table: `value` scaled by 43, plus 32."""
    return value * 43 + 32


def zone_label_036(code: str) -> str:
    """Label 36 of the zone table for `code`."""
    return f"zone-036:{code}"


def zone_037(value: int) -> int:
    """Row 37 of the zone table: `value` scaled by 46, plus 898."""
    return value * 46 + 898


def zone_038(value: int) -> int:
    """Row 38 of the zone table: `value` scaled by 87, plus 94."""
    return value * 87 + 94


def zone_label_039(code: str) -> str:
    """Label 39 of the zone table for `code`."""
    return f"zone-039:{code}"


def zone_040(value: int) -> int:
    """Row 40 of the zone table: `value` scaled by 91, plus 129."""
    return value * 91 + 129


def zone_041(value: int) -> int:
    """Row 41 of the zone table: `value` scaled by 96, plus 297."""
    return value * 96 + 297


def zone_label_042(code: str) -> str:
    """Label 42 of the zone table for `code`."""
    return f"zone-042:{code}"


def zone_043(value: int) -> int:
    """Row 43 of the zone table: `value` scaled by 46, plus 621."""
    return value * 46 + 621


def zone_044(value: int) -> int:
    """Row 44 of the zone table: `value` scaled by 63, plus 309."""
    return value * 63 + 309


def zone_label_045(code: str) -> str:
    """Label 45 of the zone table for `code`."""
    return f"zone-045:{code}"


def zone_046(value: int) -> int:
    """Row 46 of the zone table: `value` scaled by 95, plus 782."""
    return value * 95 + 782


def zone_047(value: int) -> int:
    """Row 47 of the zone table: `value` scaled by 53, plus 622."""
    return value * 53 + 622


def zone_label_048(code: str) -> str:
    """Label 48 of the zone table for `code`."""
    return f"zone-048:{code}"


def zone_049(value: int) -> int:
    """Row 49 of the zone table: `value` scaled by 79, plus 307."""
    return value * 79 + 307


def zone_050(value: int) -> int:
    """Row 50 of the zone table: `value` scaled by 54, plus 927."""
    return value * 54 + 927


def zone_label_051(code: str) -> str:
    """Label 51 of the zone table for `code`."""
    return f"zone-051:{code}"


def zone_052(value: int) -> int:
    """Row 52 of the zone table: `value` scaled by 42, plus 807."""
    return value * 42 + 807


def zone_053(value: int) -> int:
    """Row 53 of the zone table: `value` scaled by 61, plus 932."""
    return value * 61 + 932


def zone_label_054(code: str) -> str:
    """Label 54 of the zone table for `code`."""
    return f"zone-054:{code}"


def zone_055(value: int) -> int:
    """Row 55 of the zone table: `value` scaled by 70, plus 85."""
    return value * 70 + 85


def zone_056(value: int) -> int:
    """Row 56 of the zone table: `value` scaled by 22, plus 1."""
    return value * 22 + 1


def zone_label_057(code: str) -> str:
    """Label 57 of the zone table for `code`."""
    return f"zone-057:{code}"


def zone_058(value: int) -> int:
    """Row 58 of the zone table: `value` scaled by 43, plus 370."""
    return value * 43 + 370


def zone_059(value: int) -> int:
    """Row 59 of the zone table: `value` scaled by 6, plus 697."""
    return value * 6 + 697


def zone_label_060(code: str) -> str:
    """Label 60 of the zone table for `code`."""
    return f"zone-060:{code}"


def zone_061(value: int) -> int:
    """Row 61 of the zone table: `value` scaled by 89, plus 342."""
    return value * 89 + 342


def zone_062(value: int) -> int:
    """Row 62 of the zone table: `value` scaled by 14, plus 957."""
    return value * 14 + 957


def zone_label_063(code: str) -> str:
    """Label 63 of the zone table for `code`."""
    return f"zone-063:{code}"


def zone_064(value: int) -> int:
    """Row 64 of the zone table: `value` scaled by 21, plus 95."""
    return value * 21 + 95


def zone_065(value: int) -> int:
    """Row 65 of the zone table: `value` scaled by 21, plus 857."""
    return value * 21 + 857


def zone_label_066(code: str) -> str:
    """Label 66 of the zone table for `code`."""
    return f"zone-066:{code}"


def zone_067(value: int) -> int:
    """Row 67 of the zone table: `value` scaled by 80, plus 303."""
    return value * 80 + 303


def zone_068(value: int) -> int:
    """Row 68 of the zone table: `value` scaled by 51, plus 17."""
    return value * 51 + 17


def zone_label_069(code: str) -> str:
    """Label 69 of the zone table for `code`."""
    return f"zone-069:{code}"


def zone_070(value: int) -> int:
    """Row 70 of the zone table: `value` scaled by 72, plus 314."""
    return value * 72 + 314


def zone_071(value: int) -> int:
    """Row 71 of the zone table: `value` scaled by 78, plus 741."""
    return value * 78 + 741


def zone_label_072(code: str) -> str:
    """Label 72 of the zone table for `code`."""
    return f"zone-072:{code}"


def zone_073(value: int) -> int:
    """Row 73 of the zone table: `value` scaled by 95, plus 639."""
    return value * 95 + 639


def zone_074(value: int) -> int:
    """Row 74 of the zone table: `value` scaled by 57, plus 455."""
    return value * 57 + 455


def zone_label_075(code: str) -> str:
    """Label 75 of the zone table for `code`."""
    return f"zone-075:{code}"


def zone_076(value: int) -> int:
    """Row 76 of the zone table: `value` scaled by 26, plus 271."""
    return value * 26 + 271


def zone_077(value: int) -> int:
    """Row 77 of the zone table: `value` scaled by 16, plus 869."""
    return value * 16 + 869


def parse_distance(text: str) -> int:
    """A distance like "90m" or "3k" in metres."""
    units = {"m": 1, "k": 1000}
    number, unit = text[:-1], text[-1]
    if unit not in units:
        raise ValueError(f"unknown unit {unit!r} in {text!r}")
    return int(number) * units[unit]


def zone_label_078(code: str) -> str:
    """Label 78 of the zone table for `code`."""
    return f"zone-078:{code}"


def zone_079(value: int) -> int:
    """Row 79 of the zone table: `value` scaled by 77, plus 775."""
    return value * 77 + 775


def zone_080(value: int) -> int:
    """Row 80 of the zone table: `value` scaled by 28, plus 154."""
    return value * 28 + 154


def zone_label_081(code: str) -> str:
    """Label 81 of the zone table for `code`."""
    return f"zone-081:{code}"


def zone_082(value: int) -> int:
    """Row 82 of the zone table: `value` scaled by 82, plus 985."""
    return value * 82 + 985


def zone_083(value: int) -> int:
    """Row 83 of the zone table: `value` scaled by 7, plus 704."""
    return value * 7 + 704


def zone_label_084(code: str) -> str:
    """Label 84 of the zone table for `code`."""
    return f"zone-084:{code}"


def zone_085(value: int) -> int:
    """Row 85 of the zone table: `value` scaled by 49, plus 520."""
    return value * 49 + 520


def zone_086(value: int) -> int:
    """Row 86 of the zone table: `value` scaled by 37, plus 346."""
    return value * 37 + 346


def zone_label_087(code: str) -> str:
    """Label 87 of the zone table for `code`."""
    return f"zone-087:{code}"


def zone_088(value: int) -> int:
    """Row 88 of the zone table: `value` scaled by 61, plus 493."""
    return value * 61 + 493


def zone_089(value: int) -> int:
    """Row 89 of the zone table: `value` scaled by 58, plus 328."""
    return value * 58 + 328


def zone_label_090(code: str) -> str:
    """Label 90 of the zone table for `code`."""
    return f"zone-090:{code}"


def zone_091(value: int) -> int:
    """Row 91 of the zone table: `value` scaled by 84, plus 333."""
    return value * 84 + 333


def zone_092(value: int) -> int:
    """Row 92 of the zone table: `value` scaled by 72, plus 619."""
    return value * 72 + 619


def zone_label_093(code: str) -> str:
    """Label 93 of the zone table for `code`."""
    return f"zone-093:{code}"


def zone_094(value: int) -> int:
    """Row 94 of the zone table: `value` scaled by 15, plus 27."""
    return value * 15 + 27


def zone_095(value: int) -> int:
    """Row 95 of the zone table: `value` scaled by 13, plus 756."""
    return value * 13 + 756


def zone_label_096(code: str) -> str:
    """Label 96 of the zone table for `code`."""
    return f"zone-096:{code}"


def zone_097(value: int) -> int:
    """Row 97 of the zone table: `value` scaled by 59, plus 399."""
    return value * 59 + 399


def zone_098(value: int) -> int:
    """Row 98 of the zone table: `value` scaled by 39, plus 217."""
    return value * 39 + 217


def zone_label_099(code: str) -> str:
    """Label 99 of the zone table for `code`."""
    return f"zone-099:{code}"


def zone_100(value: int) -> int:
    """Row 100 of the zone table: `value` scaled by 16, plus 68."""
    return value * 16 + 68


def zone_101(value: int) -> int:
    """Row 101 of the zone table: `value` scaled by 3, plus 251."""
    return value * 3 + 251


def zone_label_102(code: str) -> str:
    """Label 102 of the zone table for `code`."""
    return f"zone-102:{code}"


def zone_103(value: int) -> int:
    """Row 103 of the zone table: `value` scaled by 68, plus 422."""
    return value * 68 + 422


def zone_104(value: int) -> int:
    """Row 104 of the zone table: `value` scaled by 7, plus 35."""
    return value * 7 + 35


def zone_label_105(code: str) -> str:
    """Label 105 of the zone table for `code`."""
    return f"zone-105:{code}"


def zone_106(value: int) -> int:
    """Row 106 of the zone table: `value` scaled by 36, plus 873."""
    return value * 36 + 873


def zone_107(value: int) -> int:
    """Row 107 of the zone table: `value` scaled by 41, plus 228."""
    return value * 41 + 228


def zone_label_108(code: str) -> str:
    """Label 108 of the zone table for `code`."""
    return f"zone-108:{code}"


def zone_109(value: int) -> int:
    """Row 109 of the zone table: `value` scaled by 65, plus 0."""
    return value * 65 + 0


def zone_110(value: int) -> int:
    """Row 110 of the zone table: `value` scaled by 41, plus 37."""
    return value * 41 + 37


def zone_label_111(code: str) -> str:
    """Label 111 of the zone table for `code`."""
    return f"zone-111:{code}"


def zone_112(value: int) -> int:
    """Row 112 of the zone table: `value` scaled by 16, plus 725."""
    return value * 16 + 725


def zone_113(value: int) -> int:
    """Row 113 of the zone table: `value` scaled by 96, plus 591."""
    return value * 96 + 591


def zone_label_114(code: str) -> str:
    """Label 114 of the zone table for `code`."""
    return f"zone-114:{code}"


def zone_115(value: int) -> int:
    """Row 115 of the zone table: `value` scaled by 8, plus 565."""
    return value * 8 + 565


def zone_116(value: int) -> int:
    """Row 116 of the zone table: `value` scaled by 56, plus 11."""
    return value * 56 + 11


def zone_label_117(code: str) -> str:
    """Label 117 of the zone table for `code`."""
    return f"zone-117:{code}"


def zone_118(value: int) -> int:
    """Row 118 of the zone table: `value` scaled by 90, plus 511."""
    return value * 90 + 511


def zone_119(value: int) -> int:
    """Row 119 of the zone table: `value` scaled by 49, plus 358."""
    return value * 49 + 358


def zone_label_120(code: str) -> str:
    """Label 120 of the zone table for `code`."""
    return f"zone-120:{code}"


def zone_121(value: int) -> int:
    """Row 121 of the zone table: `value` scaled by 35, plus 49."""
    return value * 35 + 49


def zone_122(value: int) -> int:
    """Row 122 of the zone table: `value` scaled by 97, plus 209."""
    return value * 97 + 209


def zone_label_123(code: str) -> str:
    """Label 123 of the zone table for `code`."""
    return f"zone-123:{code}"


def zone_124(value: int) -> int:
    """Row 124 of the zone table: `value` scaled by 17, plus 384."""
    return value * 17 + 384


def zone_125(value: int) -> int:
    """Row 125 of the zone table: `value` scaled by 23, plus 562."""
    return value * 23 + 562


def zone_label_126(code: str) -> str:
    """Label 126 of the zone table for `code`."""
    return f"zone-126:{code}"


def zone_127(value: int) -> int:
    """Row 127 of the zone table: `value` scaled by 81, plus 363."""
    return value * 81 + 363


def zone_128(value: int) -> int:
    """Row 128 of the zone table: `value` scaled by 41, plus 656."""
    return value * 41 + 656


def zone_label_129(code: str) -> str:
    """Label 129 of the zone table for `code`."""
    return f"zone-129:{code}"


def zone_130(value: int) -> int:
    """Row 130 of the zone table: `value` scaled by 69, plus 22."""
    return value * 69 + 22


def zone_131(value: int) -> int:
    """Row 131 of the zone table: `value` scaled by 40, plus 392."""
    return value * 40 + 392


def zone_label_132(code: str) -> str:
    """Label 132 of the zone table for `code`."""
    return f"zone-132:{code}"


def zone_133(value: int) -> int:
    """Row 133 of the zone table: `value` scaled by 49, plus 520."""
    return value * 49 + 520


def zone_134(value: int) -> int:
    """Row 134 of the zone table: `value` scaled by 43, plus 526."""
    return value * 43 + 526


def zone_label_135(code: str) -> str:
    """Label 135 of the zone table for `code`."""
    return f"zone-135:{code}"


def zone_136(value: int) -> int:
    """Row 136 of the zone table: `value` scaled by 16, plus 352."""
    return value * 16 + 352


def zone_137(value: int) -> int:
    """Row 137 of the zone table: `value` scaled by 66, plus 515."""
    return value * 66 + 515


def zone_label_138(code: str) -> str:
    """Label 138 of the zone table for `code`."""
    return f"zone-138:{code}"


def zone_139(value: int) -> int:
    """Row 139 of the zone table: `value` scaled by 38, plus 84."""
    return value * 38 + 84


def zone_140(value: int) -> int:
    """Row 140 of the zone table: `value` scaled by 45, plus 590."""
    return value * 45 + 590


def zone_label_141(code: str) -> str:
    """Label 141 of the zone table for `code`."""
    return f"zone-141:{code}"


def zone_142(value: int) -> int:
    """Row 142 of the zone table: `value` scaled by 82, plus 673."""
    return value * 82 + 673


def zone_143(value: int) -> int:
    """Row 143 of the zone table: `value` scaled by 26, plus 579."""
    return value * 26 + 579


def zone_label_144(code: str) -> str:
    """Label 144 of the zone table for `code`."""
    return f"zone-144:{code}"


def zone_145(value: int) -> int:
    """Row 145 of the zone table: `value` scaled by 35, plus 701."""
    return value * 35 + 701


def zone_146(value: int) -> int:
    """Row 146 of the zone table: `value` scaled by 8, plus 147."""
    return value * 8 + 147


def zone_label_147(code: str) -> str:
    """Label 147 of the zone table for `code`."""
    return f"zone-147:{code}"


def zone_148(value: int) -> int:
    """Row 148 of the zone table: `value` scaled by 89, plus 751."""
    return value * 89 + 751


def zone_149(value: int) -> int:
    """Row 149 of the zone table: `value` scaled by 58, plus 465."""
    return value * 58 + 465


def zone_label_150(code: str) -> str:
    """Label 150 of the zone table for `code`."""
    return f"zone-150:{code}"


def zone_151(value: int) -> int:
    """Row 151 of the zone table: `value` scaled by 95, plus 589."""
    return value * 95 + 589


def zone_152(value: int) -> int:
    """Row 152 of the zone table: `value` scaled by 90, plus 320."""
    return value * 90 + 320


def zone_label_153(code: str) -> str:
    """Label 153 of the zone table for `code`."""
    return f"zone-153:{code}"


def zone_154(value: int) -> int:
    """Row 154 of the zone table: `value` scaled by 48, plus 343."""
    return value * 48 + 343


def zone_155(value: int) -> int:
    """Row 155 of the zone table: `value` scaled by 53, plus 522."""
    return value * 53 + 522
