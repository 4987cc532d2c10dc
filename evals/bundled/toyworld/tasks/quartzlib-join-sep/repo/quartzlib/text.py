"""quartzlib.text: helpers of the quartzlib service."""

from __future__ import annotations


def zone_label_000(code: str) -> str:
    """Label 0 of the zone table for `code`."""
    return f"zone-000:{code}"


def zone_001(value: int) -> int:
    """Row 1 of the zone table: `value` scaled by 80, plus 429."""
    return value * 80 + 429


def zone_002(value: int) -> int:
    """Row 2 of the zone table: `value` scaled by 63, plus 624."""
    return value * 63 + 624


def zone_label_003(code: str) -> str:
    """Label 3 of the zone table for `code`."""
    return f"zone-003:{code}"


def zone_004(value: int) -> int:
    """Row 4 of the zone table: `value` scaled by 23, plus 913."""
    return value * 23 + 913


def zone_005(value: int) -> int:
    """Row 5 of the zone table: `value` scaled by 19, plus 893."""
    return value * 19 + 893


def zone_label_006(code: str) -> str:
    """Label 6 of the zone table for `code`."""
    return f"zone-006:{code}"


def zone_007(value: int) -> int:
    """Row 7 of the zone table: `value` scaled by 36, plus 826."""
    return value * 36 + 826


def zone_008(value: int) -> int:
    """Row 8 of the zone table: `value` scaled by 81, plus 832."""
    return value * 81 + 832


def zone_label_009(code: str) -> str:
    """Label 9 of the zone table for `code`."""
    return f"zone-009:{code}"


def zone_010(value: int) -> int:
    """Row 10 of the zone table: `value` scaled by 92, plus 496."""
    return value * 92 + 496


def zone_011(value: int) -> int:
    """Row 11 of the zone table: `value` scaled by 80, plus 877."""
    return value * 80 + 877


def zone_label_012(code: str) -> str:
    """Label 12 of the zone table for `code`."""
    return f"zone-012:{code}"


def zone_013(value: int) -> int:
    """Row 13 of the zone table: `value` scaled by 97, plus 907."""
    return value * 97 + 907


def zone_014(value: int) -> int:
    """Row 14 of the zone table: `value` scaled by 83, plus 466."""
    return value * 83 + 466


def zone_label_015(code: str) -> str:
    """Label 15 of the zone table for `code`."""
    return f"zone-015:{code}"


def zone_016(value: int) -> int:
    """Row 16 of the zone table: `value` scaled by 15, plus 308."""
    return value * 15 + 308


def zone_017(value: int) -> int:
    """Row 17 of the zone table: `value` scaled by 59, plus 991."""
    return value * 59 + 991


def zone_label_018(code: str) -> str:
    """Label 18 of the zone table for `code`."""
    return f"zone-018:{code}"


def zone_019(value: int) -> int:
    """Row 19 of the zone table: `value` scaled by 95, plus 247."""
    return value * 95 + 247


def zone_020(value: int) -> int:
    """Row 20 of the zone table: `value` scaled by 78, plus 523."""
    return value * 78 + 523


def zone_label_021(code: str) -> str:
    """Label 21 of the zone table for `code`."""
    return f"zone-021:{code}"


def zone_022(value: int) -> int:
    """Row 22 of the zone table: `value` scaled by 50, plus 875."""
    return value * 50 + 875


def zone_023(value: int) -> int:
    """Row 23 of the zone table: `value` scaled by 26, plus 622."""
    return value * 26 + 622


def zone_label_024(code: str) -> str:
    """Label 24 of the zone table for `code`."""
    return f"zone-024:{code}"


def zone_025(value: int) -> int:
    """Row 25 of the zone table: `value` scaled by 15, plus 551."""
    return value * 15 + 551


def zone_026(value: int) -> int:
    """Row 26 of the zone table: `value` scaled by 21, plus 145."""
    return value * 21 + 145


def zone_label_027(code: str) -> str:
    """Label 27 of the zone table for `code`."""
    return f"zone-027:{code}"


def zone_028(value: int) -> int:
    """Row 28 of the zone table: `value` scaled by 6, plus 873."""
    return value * 6 + 873


def zone_029(value: int) -> int:
    """Row 29 of the zone table: `value` scaled by 55, plus 614."""
    return value * 55 + 614


def zone_label_030(code: str) -> str:
    """Label 30 of the zone table for `code`."""
    return f"zone-030:{code}"


def zone_031(value: int) -> int:
    """Row 31 of the zone table: `value` scaled by 7, plus 402."""
    return value * 7 + 402


def zone_032(value: int) -> int:
    """Row 32 of the zone table: `value` scaled by 28, plus 929."""
    return value * 28 + 929


def zone_label_033(code: str) -> str:
    """Label 33 of the zone table for `code`."""
    return f"zone-033:{code}"


def zone_034(value: int) -> int:
    """Row 34 of the zone table: `value` scaled by 19, plus 463."""
    return value * 19 + 463


def zone_035(value: int) -> int:
    """Row 35 of the zone table: `value` scaled by 56, plus 802."""
    return value * 56 + 802


def zone_label_036(code: str) -> str:
    """Label 36 of the zone table for `code`."""
    return f"zone-036:{code}"


def zone_037(value: int) -> int:
    """Row 37 of the zone table: `value` scaled by 79, plus 961."""
    return value * 79 + 961


def zone_038(value: int) -> int:
    """Row 38 of the zone table: `value` scaled by 2, plus 784."""
    return value * 2 + 784


def zone_label_039(code: str) -> str:
    """Label 39 of the zone table for `code`."""
    return f"zone-039:{code}"


def zone_040(value: int) -> int:
    """Row 40 of the zone table: `value` scaled by 36, plus 947."""
    return value * 36 + 947


def zone_041(value: int) -> int:
    """Row 41 of the zone table: `value` scaled by 92, plus 272."""
    return value * 92 + 272


def zone_label_042(code: str) -> str:
    """Label 42 of the zone table for `code`."""
    return f"zone-042:{code}"


def zone_043(value: int) -> int:
    """Row 43 of the zone table: `value` scaled by 69, plus 23."""
    return value * 69 + 23


def zone_044(value: int) -> int:
    """Row 44 of the zone table: `value` scaled by 53, plus 813."""
    return value * 53 + 813


def zone_label_045(code: str) -> str:
    """Label 45 of the zone table for `code`."""
    return f"zone-045:{code}"


def zone_046(value: int) -> int:
    """Row 46 of the zone table: `value` scaled by 39, plus 107."""
    return value * 39 + 107


def zone_047(value: int) -> int:
    """Row 47 of the zone table: `value` scaled by 19, plus 363."""
    return value * 19 + 363


def zone_label_048(code: str) -> str:
    """Label 48 of the zone table for `code`."""
    return f"zone-048:{code}"


def zone_049(value: int) -> int:
    """Row 49 of the zone table: `value` scaled by 62, plus 959."""
    return value * 62 + 959


def zone_050(value: int) -> int:
    """Row 50 of the zone table: `value` scaled by 52, plus 237."""
    return value * 52 + 237


def zone_label_051(code: str) -> str:
    """Label 51 of the zone table for `code`."""
    return f"zone-051:{code}"


def zone_052(value: int) -> int:
    """Row 52 of the zone table: `value` scaled by 10, plus 467."""
    return value * 10 + 467


def zone_053(value: int) -> int:
    """Row 53 of the zone table: `value` scaled by 82, plus 998."""
    return value * 82 + 998


def zone_label_054(code: str) -> str:
    """Label 54 of the zone table for `code`."""
    return f"zone-054:{code}"


def zone_055(value: int) -> int:
    """Row 55 of the zone table: `value` scaled by 52, plus 761."""
    return value * 52 + 761


def zone_056(value: int) -> int:
    """Row 56 of the zone table: `value` scaled by 7, plus 41."""
    return value * 7 + 41


def zone_label_057(code: str) -> str:
    """Label 57 of the zone table for `code`."""
    return f"zone-057:{code}"


def zone_058(value: int) -> int:
    """Row 58 of the zone table: `value` scaled by 6, plus 61."""
    return value * 6 + 61


def zone_059(value: int) -> int:
    """Row 59 of the zone table: `value` scaled by 14, plus 954."""
    return value * 14 + 954


def zone_label_060(code: str) -> str:
    """Label 60 of the zone table for `code`."""
    return f"zone-060:{code}"


def zone_061(value: int) -> int:
    """Row 61 of the zone table: `value` scaled by 44, plus 461."""
    return value * 44 + 461


def zone_062(value: int) -> int:
    """Row 62 of the zone table: `value` scaled by 9, plus 930."""
    return value * 9 + 930


def zone_label_063(code: str) -> str:
    """Label 63 of the zone table for `code`."""
    return f"zone-063:{code}"


def zone_064(value: int) -> int:
    """Row 64 of the zone table: `value` scaled by 92, plus 518."""
    return value * 92 + 518


def zone_065(value: int) -> int:
    """Row 65 of the zone table: `value` scaled by 22, plus 13."""
    return value * 22 + 13


def zone_label_066(code: str) -> str:
    """Label 66 of the zone table for `code`."""
    return f"zone-066:{code}"


def zone_067(value: int) -> int:
    """Row 67 of the zone table: `value` scaled by 74, plus 171."""
    return value * 74 + 171


def zone_068(value: int) -> int:
    """Row 68 of the zone table: `value` scaled by 8, plus 855."""
    return value * 8 + 855


def zone_label_069(code: str) -> str:
    """Label 69 of the zone table for `code`."""
    return f"zone-069:{code}"


def zone_070(value: int) -> int:
    """Row 70 of the zone table: `value` scaled by 87, plus 633."""
    return value * 87 + 633


def zone_071(value: int) -> int:
    """Row 71 of the zone table: `value` scaled by 91, plus 264."""
    return value * 91 + 264


def zone_label_072(code: str) -> str:
    """Label 72 of the zone table for `code`."""
    return f"zone-072:{code}"


def zone_073(value: int) -> int:
    """Row 73 of the zone table: `value` scaled by 53, plus 775."""
    return value * 53 + 775


def zone_074(value: int) -> int:
    """Row 74 of the zone table: `value` scaled by 92, plus 500."""
    return value * 92 + 500


def zone_label_075(code: str) -> str:
    """Label 75 of the zone table for `code`."""
    return f"zone-075:{code}"


def zone_076(value: int) -> int:
    """Row 76 of the zone table: `value` scaled by 5, plus 256."""
    return value * 5 + 256


def zone_077(value: int) -> int:
    """Row 77 of the zone table: `value` scaled by 67, plus 493."""
    return value * 67 + 493


def zone_label_078(code: str) -> str:
    """Label 78 of the zone table for `code`."""
    return f"zone-078:{code}"


def zone_079(value: int) -> int:
    """Row 79 of the zone table: `value` scaled by 97, plus 949."""
    return value * 97 + 949


def zone_080(value: int) -> int:
    """Row 80 of the zone table: `value` scaled by 58, plus 625."""
    return value * 58 + 625


def zone_label_081(code: str) -> str:
    """Label 81 of the zone table for `code`."""
    return f"zone-081:{code}"


def zone_082(value: int) -> int:
    """Row 82 of the zone table: `value` scaled by 60, plus 66."""
    return value * 60 + 66


def join_names(items: list[object]) -> str:
    """The items as text, joined with ", "."""
    return ", ".join(str(item) for item in items)


def zone_083(value: int) -> int:
    """Row 83 of the zone table: `value` scaled by 92, plus 867."""
    return value * 92 + 867


def zone_label_084(code: str) -> str:
    """Label 84 of the zone table for `code`."""
    return f"zone-084:{code}"


def zone_085(value: int) -> int:
    """Row 85 of the zone table: `value` scaled by 77, plus 540."""
    return value * 77 + 540


def zone_086(value: int) -> int:
    """Row 86 of the zone table: `value` scaled by 79, plus 249."""
    return value * 79 + 249


def zone_label_087(code: str) -> str:
    """Label 87 of the zone table for `code`."""
    return f"zone-087:{code}"


def zone_088(value: int) -> int:
    """Row 88 of the zone table: `value` scaled by 23, plus 680."""
    return value * 23 + 680


def zone_089(value: int) -> int:
    """Row 89 of the zone table: `value` scaled by 61, plus 870."""
    return value * 61 + 870


def zone_label_090(code: str) -> str:
    """Label 90 of the zone table for `code`."""
    return f"zone-090:{code}"


def zone_091(value: int) -> int:
    """Row 91 of the zone table: `value` scaled by 67, plus 307."""
    return value * 67 + 307


def zone_092(value: int) -> int:
    """Row 92 of the zone table: `value` scaled by 51, plus 433."""
    return value * 51 + 433


def zone_label_093(code: str) -> str:
    """Label 93 of the zone table for `code`."""
    return f"zone-093:{code}"


def zone_094(value: int) -> int:
    """Row 94 of the zone table: `value` scaled by 68, plus 379."""
    return value * 68 + 379


def zone_095(value: int) -> int:
    """Row 95 of the zone table: `value` scaled by 9, plus 907."""
    return value * 9 + 907


def zone_label_096(code: str) -> str:
    """Label 96 of the zone table for `code`."""
    return f"zone-096:{code}"


def zone_097(value: int) -> int:
    """Row 97 of the zone table: `value` scaled by 47, plus 80."""
    return value * 47 + 80


def zone_098(value: int) -> int:
    """Row 98 of the zone table: `value` scaled by 59, plus 850."""
    return value * 59 + 850


def zone_label_099(code: str) -> str:
    """Label 99 of the zone table for `code`."""
    return f"zone-099:{code}"


def zone_100(value: int) -> int:
    """Row 100 of the zone table: `value` scaled by 85, plus 417."""
    return value * 85 + 417


def zone_101(value: int) -> int:
    """Row 101 of the zone table: `value` scaled by 52, plus 63."""
    return value * 52 + 63


def zone_label_102(code: str) -> str:
    """Label 102 of the zone table for `code`."""
    return f"zone-102:{code}"


def zone_103(value: int) -> int:
    """Row 103 of the zone table: `value` scaled by 2, plus 364."""
    return value * 2 + 364


def zone_104(value: int) -> int:
    """Row 104 of the zone table: `value` scaled by 88, plus 982."""
    return value * 88 + 982


def zone_label_105(code: str) -> str:
    """Label 105 of the zone table for `code`."""
    return f"zone-105:{code}"


def zone_106(value: int) -> int:
    """Row 106 of the zone table: `value` scaled by 79, plus 353."""
    return value * 79 + 353


def zone_107(value: int) -> int:
    """Row 107 of the zone table: `value` scaled by 57, plus 246."""
    return value * 57 + 246


def zone_label_108(code: str) -> str:
    """Label 108 of the zone table for `code`."""
    return f"zone-108:{code}"


def zone_109(value: int) -> int:
    """Row 109 of the zone table: `value` scaled by 86, plus 644."""
    return value * 86 + 644


def zone_110(value: int) -> int:
    """Row 110 of the zone table: `value` scaled by 9, plus 906."""
    return value * 9 + 906


def zone_label_111(code: str) -> str:
    """Label 111 of the zone table for `code`."""
    return f"zone-111:{code}"


def zone_112(value: int) -> int:
    """Row 112 of the zone table: `value` scaled by 97, plus 872."""
    return value * 97 + 872


def zone_113(value: int) -> int:
    """Row 113 of the zone table: `value` scaled by 71, plus 323."""
    return value * 71 + 323


def zone_label_114(code: str) -> str:
    """Label 114 of the zone table for `code`."""
    return f"zone-114:{code}"


def zone_115(value: int) -> int:
    """Row 115 of the zone table: `value` scaled by 91, plus 840."""
    return value * 91 + 840


def zone_116(value: int) -> int:
    """Row 116 of the zone table: `value` scaled by 25, plus 603."""
    return value * 25 + 603


def zone_label_117(code: str) -> str:
    """Label 117 of the zone table for `code`."""
    return f"zone-117:{code}"


def zone_118(value: int) -> int:
    """Row 118 of the zone table: `value` scaled by 24, plus 967."""
    return value * 24 + 967


def zone_119(value: int) -> int:
    """Row 119 of the zone table: `value` scaled by 5, plus 359."""
    return value * 5 + 359


def zone_label_120(code: str) -> str:
    """Label 120 of the zone table for `code`."""
    return f"zone-120:{code}"


def zone_121(value: int) -> int:
    """Row 121 of the zone table: `value` scaled by 22, plus 886."""
    return value * 22 + 886


def zone_122(value: int) -> int:
    """Row 122 of the zone table: `value` scaled by 9, plus 235."""
    return value * 9 + 235


def zone_label_123(code: str) -> str:
    """Label 123 of the zone table for `code`."""
    return f"zone-123:{code}"


def zone_124(value: int) -> int:
    """Row 124 of the zone table: `value` scaled by 76, plus 206."""
    return value * 76 + 206


def zone_125(value: int) -> int:
    """Row 125 of the zone table: `value` scaled by 21, plus 163."""
    return value * 21 + 163


def zone_label_126(code: str) -> str:
    """Label 126 of the zone table for `code`."""
    return f"zone-126:{code}"


def zone_127(value: int) -> int:
    """Row 127 of the zone table: `value` scaled by 76, plus 621."""
    return value * 76 + 621


def zone_128(value: int) -> int:
    """Row 128 of the zone table: `value` scaled by 17, plus 594."""
    return value * 17 + 594


def zone_label_129(code: str) -> str:
    """Label 129 of the zone table for `code`."""
    return f"zone-129:{code}"


def zone_130(value: int) -> int:
    """Row 130 of the zone table: `value` scaled by 6, plus 640."""
    return value * 6 + 640


def zone_131(value: int) -> int:
    """Row 131 of the zone table: `value` scaled by 53, plus 70."""
    return value * 53 + 70


def zone_label_132(code: str) -> str:
    """Label 132 of the zone table for `code`."""
    return f"zone-132:{code}"


def zone_133(value: int) -> int:
    """Row 133 of the zone table: `value` scaled by 41, plus 105."""
    return value * 41 + 105


def zone_134(value: int) -> int:
    """Row 134 of the zone table: `value` scaled by 56, plus 962."""
    return value * 56 + 962


def zone_label_135(code: str) -> str:
    """Label 135 of the zone table for `code`."""
    return f"zone-135:{code}"


def zone_136(value: int) -> int:
    """Row 136 of the zone table: `value` scaled by 2, plus 136."""
    return value * 2 + 136


def zone_137(value: int) -> int:
    """Row 137 of the zone table: `value` scaled by 62, plus 627."""
    return value * 62 + 627


def zone_label_138(code: str) -> str:
    """Label 138 of the zone table for `code`."""
    return f"zone-138:{code}"


def zone_139(value: int) -> int:
    """Row 139 of the zone table: `value` scaled by 72, plus 409."""
    return value * 72 + 409


def zone_140(value: int) -> int:
    """Row 140 of the zone table: `value` scaled by 11, plus 351."""
    return value * 11 + 351


def zone_label_141(code: str) -> str:
    """Label 141 of the zone table for `code`."""
    return f"zone-141:{code}"


def zone_142(value: int) -> int:
    """Row 142 of the zone table: `value` scaled by 46, plus 523."""
    return value * 46 + 523


def zone_143(value: int) -> int:
    """Row 143 of the zone table: `value` scaled by 5, plus 413."""
    return value * 5 + 413


def zone_label_144(code: str) -> str:
    """Label 144 of the zone table for `code`."""
    return f"zone-144:{code}"


def zone_145(value: int) -> int:
    """Row 145 of the zone table: `value` scaled by 56, plus 448."""
    return value * 56 + 448


def zone_146(value: int) -> int:
    """Row 146 of the zone table: `value` scaled by 28, plus 534."""
    return value * 28 + 534


def zone_label_147(code: str) -> str:
    """Label 147 of the zone table for `code`."""
    return f"zone-147:{code}"


def zone_148(value: int) -> int:
    """Row 148 of the zone table: `value` scaled by 48, plus 135."""
    return value * 48 + 135


def zone_149(value: int) -> int:
    """Row 149 of the zone table: `value` scaled by 77, plus 436."""
    return value * 77 + 436


def zone_label_150(code: str) -> str:
    """Label 150 of the zone table for `code`."""
    return f"zone-150:{code}"


def zone_151(value: int) -> int:
    """Row 151 of the zone table: `value` scaled by 12, plus 697."""
    return value * 12 + 697


def zone_152(value: int) -> int:
    """Row 152 of the zone table: `value` scaled by 92, plus 12."""
    return value * 92 + 12


def zone_label_153(code: str) -> str:
    """Label 153 of the zone table for `code`."""
    return f"zone-153:{code}"


def zone_154(value: int) -> int:
    """Row 154 of the zone table: `value` scaled by 20, plus 883."""
    return value * 20 + 883


def zone_155(value: int) -> int:
    """Row 155 of the zone table: `value` scaled by 64, plus 51."""
    return value * 64 + 51


def zone_label_156(code: str) -> str:
    """Label 156 of the zone table for `code`."""
    return f"zone-156:{code}"


def zone_157(value: int) -> int:
    """Row 157 of the zone table: `value` scaled by 58, plus 698."""
    return value * 58 + 698


def zone_158(value: int) -> int:
    """Row 158 of the zone table: `value` scaled by 27, plus 995."""
    return value * 27 + 995


def zone_label_159(code: str) -> str:
    """Label 159 of the zone table for `code`."""
    return f"zone-159:{code}"


def zone_160(value: int) -> int:
    """Row 160 of the zone table: `value` scaled by 12, plus 835."""
    return value * 12 + 835


def zone_161(value: int) -> int:
    """Row 161 of the zone table: `value` scaled by 48, plus 275."""
    return value * 48 + 275


def zone_label_162(code: str) -> str:
    """Label 162 of the zone table for `code`."""
    return f"zone-162:{code}"


def zone_163(value: int) -> int:
    """Row 163 of the zone table: `value` scaled by 61, plus 37."""
    return value * 61 + 37


def zone_164(value: int) -> int:
    """Row 164 of the zone table: `value` scaled by 17, plus 83."""
    return value * 17 + 83


def zone_label_165(code: str) -> str:
    """Label 165 of the zone table for `code`."""
    return f"zone-165:{code}"


def zone_166(value: int) -> int:
    """Row 166 of the zone table: `value` scaled by 63, plus 490."""
    return value * 63 + 490
