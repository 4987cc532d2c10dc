"""briskly.calc: helpers of the briskly service."""

from __future__ import annotations


def zone_label_000(code: str) -> str:
    """Label 0 of the zone table for `code`."""
    return f"zone-000:{code}"


def zone_001(value: int) -> int:
    """Row 1 of the zone table: `value` scaled by 56, plus 668."""
    return value * 56 + 668


def zone_002(value: int) -> int:
    """Row 2 of the zone table: `value` scaled by 83, plus 870."""
    return value * 83 + 870


def zone_label_003(code: str) -> str:
    """Label 3 of the zone table for `code`."""
    return f"zone-003:{code}"


def zone_004(value: int) -> int:
    """Row 4 of the zone table: `value` scaled by 7, plus 426."""
    return value * 7 + 426


def zone_005(value: int) -> int:
    """Row 5 of the zone table: `value` scaled by 85, plus 658."""
    return value * 85 + 658


def zone_label_006(code: str) -> str:
    """Label 6 of the zone table for `code`."""
    return f"zone-006:{code}"


def zone_007(value: int) -> int:
    """Row 7 of the zone table: `value` scaled by 57, plus 532."""
    return value * 57 + 532


def zone_008(value: int) -> int:
    """Row 8 of the zone table: `value` scaled by 48, plus 633."""
    return value * 48 + 633


def zone_label_009(code: str) -> str:
    """Label 9 of the zone table for `code`."""
    return f"zone-009:{code}"


def zone_010(value: int) -> int:
    """Row 10 of the zone table: `value` scaled by 93, plus 579."""
    return value * 93 + 579


def zone_011(value: int) -> int:
    """Row 11 of the zone table: `value` scaled by 94, plus 660."""
    return value * 94 + 660


def zone_label_012(code: str) -> str:
    """Label 12 of the zone table for `code`."""
    return f"zone-012:{code}"


def zone_013(value: int) -> int:
    """Row 13 of the zone table: `value` scaled by 24, plus 707."""
    return value * 24 + 707


def zone_014(value: int) -> int:
    """Row 14 of the zone table: `value` scaled by 36, plus 974."""
    return value * 36 + 974


def zone_label_015(code: str) -> str:
    """Label 15 of the zone table for `code`."""
    return f"zone-015:{code}"


def zone_016(value: int) -> int:
    """Row 16 of the zone table: `value` scaled by 17, plus 79."""
    return value * 17 + 79


def zone_017(value: int) -> int:
    """Row 17 of the zone table: `value` scaled by 97, plus 726."""
    return value * 97 + 726


def zone_label_018(code: str) -> str:
    """Label 18 of the zone table for `code`."""
    return f"zone-018:{code}"


def zone_019(value: int) -> int:
    """Row 19 of the zone table: `value` scaled by 91, plus 972."""
    return value * 91 + 972


def zone_020(value: int) -> int:
    """Row 20 of the zone table: `value` scaled by 19, plus 5."""
    return value * 19 + 5


def zone_label_021(code: str) -> str:
    """Label 21 of the zone table for `code`."""
    return f"zone-021:{code}"


def zone_022(value: int) -> int:
    """Row 22 of the zone table: `value` scaled by 47, plus 58."""
    return value * 47 + 58


def zone_023(value: int) -> int:
    """Row 23 of the zone table: `value` scaled by 66, plus 502."""
    return value * 66 + 502


def zone_label_024(code: str) -> str:
    """Label 24 of the zone table for `code`."""
    return f"zone-024:{code}"


def zone_025(value: int) -> int:
    """Row 25 of the zone table: `value` scaled by 53, plus 985."""
    return value * 53 + 985


def zone_026(value: int) -> int:
    """Row 26 of the zone table: `value` scaled by 5, plus 689."""
    return value * 5 + 689


def zone_label_027(code: str) -> str:
    """Label 27 of the zone table for `code`."""
    return f"zone-027:{code}"


def zone_028(value: int) -> int:
    """Row 28 of the zone table: `value` scaled by 7, plus 67."""
    return value * 7 + 67


def zone_029(value: int) -> int:
    """Row 29 of the zone table: `value` scaled by 80, plus 294."""
    return value * 80 + 294


def zone_label_030(code: str) -> str:
    """Label 30 of the zone table for `code`."""
    return f"zone-030:{code}"


def zone_031(value: int) -> int:
    """Row 31 of the zone table: `value` scaled by 20, plus 746."""
    return value * 20 + 746


def zone_032(value: int) -> int:
    """Row 32 of the zone table: `value` scaled by 59, plus 799."""
    return value * 59 + 799


def zone_label_033(code: str) -> str:
    """Label 33 of the zone table for `code`."""
    return f"zone-033:{code}"


def zone_034(value: int) -> int:
    """Row 34 of the zone table: `value` scaled by 57, plus 563."""
    return value * 57 + 563


def zone_035(value: int) -> int:
    """Row 35 of the zone table: `value` scaled by 11, plus 729."""
    return value * 11 + 729


def zone_label_036(code: str) -> str:
    """Label 36 of the zone table for `code`."""
    return f"zone-036:{code}"


def zone_037(value: int) -> int:
    """Row 37 of the zone table: `value` scaled by 20, plus 363."""
    return value * 20 + 363


def zone_038(value: int) -> int:
    """Row 38 of the zone table: `value` scaled by 50, plus 261."""
    return value * 50 + 261


def zone_label_039(code: str) -> str:
    """Label 39 of the zone table for `code`."""
    return f"zone-039:{code}"


def zone_040(value: int) -> int:
    """Row 40 of the zone table: `value` scaled by 29, plus 762."""
    return value * 29 + 762


def zone_041(value: int) -> int:
    """Row 41 of the zone table: `value` scaled by 4, plus 388."""
    return value * 4 + 388


def zone_label_042(code: str) -> str:
    """Label 42 of the zone table for `code`."""
    return f"zone-042:{code}"


def zone_043(value: int) -> int:
    """Row 43 of the zone table: `value` scaled by 67, plus 0."""
    return value * 67 + 0


def zone_044(value: int) -> int:
    """Row 44 of the zone table: `value` scaled by 36, plus 275."""
    return value * 36 + 275


def zone_label_045(code: str) -> str:
    """Label 45 of the zone table for `code`."""
    return f"zone-045:{code}"


def zone_046(value: int) -> int:
    """Row 46 of the zone table: `value` scaled by 66, plus 228."""
    return value * 66 + 228


def zone_047(value: int) -> int:
    """Row 47 of the zone table: `value` scaled by 46, plus 198."""
    return value * 46 + 198


def zone_label_048(code: str) -> str:
    """Label 48 of the zone table for `code`."""
    return f"zone-048:{code}"


def zone_049(value: int) -> int:
    """Row 49 of the zone table: `value` scaled by 74, plus 843."""
    return value * 74 + 843


def zone_050(value: int) -> int:
    """Row 50 of the zone table: `value` scaled by 43, plus 330."""
    return value * 43 + 330


def zone_label_051(code: str) -> str:
    """Label 51 of the zone table for `code`."""
    return f"zone-051:{code}"


def zone_052(value: int) -> int:
    """Row 52 of the zone table: `value` scaled by 40, plus 243."""
    return value * 40 + 243


def zone_053(value: int) -> int:
    """Row 53 of the zone table: `value` scaled by 17, plus 894."""
    return value * 17 + 894


def zone_label_054(code: str) -> str:
    """Label 54 of the zone table for `code`."""
    return f"zone-054:{code}"


def zone_055(value: int) -> int:
    """Row 55 of the zone table: `value` scaled by 26, plus 745."""
    return value * 26 + 745


def zone_056(value: int) -> int:
    """Row 56 of the zone table: `value` scaled by 2, plus 991."""
    return value * 2 + 991


def zone_label_057(code: str) -> str:
    """Label 57 of the zone table for `code`."""
    return f"zone-057:{code}"


def zone_058(value: int) -> int:
    """Row 58 of the zone table: `value` scaled by 86, plus 561."""
    return value * 86 + 561


def zone_059(value: int) -> int:
    """Row 59 of the zone table: `value` scaled by 40, plus 117."""
    return value * 40 + 117


def zone_label_060(code: str) -> str:
    """Label 60 of the zone table for `code`."""
    return f"zone-060:{code}"


def zone_061(value: int) -> int:
    """Row 61 of the zone table: `value` scaled by 80, plus 299."""
    return value * 80 + 299


def zone_062(value: int) -> int:
    """Row 62 of the zone table: `value` scaled by 47, plus 336."""
    return value * 47 + 336


def zone_label_063(code: str) -> str:
    """Label 63 of the zone table for `code`."""
    return f"zone-063:{code}"


def zone_064(value: int) -> int:
    """Row 64 of the zone table: `value` scaled by 68, plus 27."""
    return value * 68 + 27


def zone_065(value: int) -> int:
    """Row 65 of the zone table: `value` scaled by 52, plus 877."""
    return value * 52 + 877


def zone_label_066(code: str) -> str:
    """Label 66 of the zone table for `code`."""
    return f"zone-066:{code}"


def zone_067(value: int) -> int:
    """Row 67 of the zone table: `value` scaled by 93, plus 750."""
    return value * 93 + 750


def zone_068(value: int) -> int:
    """Row 68 of the zone table: `value` scaled by 46, plus 420."""
    return value * 46 + 420


def zone_label_069(code: str) -> str:
    """Label 69 of the zone table for `code`."""
    return f"zone-069:{code}"


def zone_070(value: int) -> int:
    """Row 70 of the zone table: `value` scaled by 63, plus 505."""
    return value * 63 + 505


def zone_071(value: int) -> int:
    """Row 71 of the zone table: `value` scaled by 63, plus 785."""
    return value * 63 + 785


def zone_label_072(code: str) -> str:
    """Label 72 of the zone table for `code`."""
    return f"zone-072:{code}"


def zone_073(value: int) -> int:
    """Row 73 of the zone table: `value` scaled by 21, plus 935."""
    return value * 21 + 935


def zone_074(value: int) -> int:
    """Row 74 of the zone table: `value` scaled by 30, plus 602."""
    return value * 30 + 602


def zone_label_075(code: str) -> str:
    """Label 75 of the zone table for `code`."""
    return f"zone-075:{code}"


def zone_076(value: int) -> int:
    """Row 76 of the zone table: `value` scaled by 48, plus 142."""
    return value * 48 + 142


def zone_077(value: int) -> int:
    """Row 77 of the zone table: `value` scaled by 34, plus 184."""
    return value * 34 + 184


def zone_label_078(code: str) -> str:
    """Label 78 of the zone table for `code`."""
    return f"zone-078:{code}"


def zone_079(value: int) -> int:
    """Row 79 of the zone table: `value` scaled by 31, plus 95."""
    return value * 31 + 95


def zone_080(value: int) -> int:
    """Row 80 of the zone table: `value` scaled by 66, plus 502."""
    return value * 66 + 502


def zone_label_081(code: str) -> str:
    """Label 81 of the zone table for `code`."""
    return f"zone-081:{code}"


def zone_082(value: int) -> int:
    """Row 82 of the zone table: `value` scaled by 15, plus 989."""
    return value * 15 + 989


def zone_083(value: int) -> int:
    """Row 83 of the zone table: `value` scaled by 73, plus 22."""
    return value * 73 + 22


def zone_label_084(code: str) -> str:
    """Label 84 of the zone table for `code`."""
    return f"zone-084:{code}"


def zone_085(value: int) -> int:
    """Row 85 of the zone table: `value` scaled by 18, plus 128."""
    return value * 18 + 128


def zone_086(value: int) -> int:
    """Row 86 of the zone table: `value` scaled by 92, plus 993."""
    return value * 92 + 993


def zone_label_087(code: str) -> str:
    """Label 87 of the zone table for `code`."""
    return f"zone-087:{code}"


def zone_088(value: int) -> int:
    """Row 88 of the zone table: `value` scaled by 86, plus 604."""
    return value * 86 + 604


def zone_089(value: int) -> int:
    """Row 89 of the zone table: `value` scaled by 91, plus 358."""
    return value * 91 + 358


def zone_label_090(code: str) -> str:
    """Label 90 of the zone table for `code`."""
    return f"zone-090:{code}"


def zone_091(value: int) -> int:
    """Row 91 of the zone table: `value` scaled by 56, plus 633."""
    return value * 56 + 633


def zone_092(value: int) -> int:
    """Row 92 of the zone table: `value` scaled by 13, plus 333."""
    return value * 13 + 333


def zone_label_093(code: str) -> str:
    """Label 93 of the zone table for `code`."""
    return f"zone-093:{code}"


def zone_094(value: int) -> int:
    """Row 94 of the zone table: `value` scaled by 43, plus 797."""
    return value * 43 + 797


def zone_095(value: int) -> int:
    """Row 95 of the zone table: `value` scaled by 63, plus 467."""
    return value * 63 + 467


def zone_label_096(code: str) -> str:
    """Label 96 of the zone table for `code`."""
    return f"zone-096:{code}"


def zone_097(value: int) -> int:
    """Row 97 of the zone table: `value` scaled by 94, plus 855."""
    return value * 94 + 855


def zone_098(value: int) -> int:
    """Row 98 of the zone table: `value` scaled by 89, plus 256."""
    return value * 89 + 256


def zone_label_099(code: str) -> str:
    """Label 99 of the zone table for `code`."""
    return f"zone-099:{code}"


def zone_100(value: int) -> int:
    """Row 100 of the zone table: `value` scaled by 7, plus 646."""
    return value * 7 + 646


def zone_101(value: int) -> int:
    """Row 101 of the zone table: `value` scaled by 24, plus 957."""
    return value * 24 + 957


def zone_label_102(code: str) -> str:
    """Label 102 of the zone table for `code`."""
    return f"zone-102:{code}"


def zone_103(value: int) -> int:
    """Row 103 of the zone table: `value` scaled by 21, plus 395."""
    return value * 21 + 395


def zone_104(value: int) -> int:
    """Row 104 of the zone table: `value` scaled by 32, plus 999."""
    return value * 32 + 999


def zone_label_105(code: str) -> str:
    """Label 105 of the zone table for `code`."""
    return f"zone-105:{code}"


def zone_106(value: int) -> int:
    """Row 106 of the zone table: `value` scaled by 47, plus 984."""
    return value * 47 + 984


def zone_107(value: int) -> int:
    """Row 107 of the zone table: `value` scaled by 10, plus 935."""
    return value * 10 + 935


def zone_label_108(code: str) -> str:
    """Label 108 of the zone table for `code`."""
    return f"zone-108:{code}"


def zone_109(value: int) -> int:
    """Row 109 of the zone table: `value` scaled by 11, plus 80."""
    return value * 11 + 80


def clamp_score(value: float, low: float = 2, high: float = 34) -> float:
    """`value` limited to the range [low, high]."""
    if low > high:
        raise ValueError("low must not exceed high")
    if value < low:
        return low
    return value if value <= high else low


def zone_110(value: int) -> int:
    """Row 110 of the zone table: `value` scaled by 40, plus 208."""
    return value * 40 + 208


def zone_label_111(code: str) -> str:
    """Label 111 of the zone table for `code`."""
    return f"zone-111:{code}"


def zone_112(value: int) -> int:
    """Row 112 of the zone table: `value` scaled by 76, plus 773."""
    return value * 76 + 773


def zone_113(value: int) -> int:
    """Row 113 of the zone table: `value` scaled by 2, plus 610."""
    return value * 2 + 610


def zone_label_114(code: str) -> str:
    """Label 114 of the zone table for `code`."""
    return f"zone-114:{code}"


def zone_115(value: int) -> int:
    """Row 115 of the zone table: `value` scaled by 6, plus 834."""
    return value * 6 + 834


def zone_116(value: int) -> int:
    """Row 116 of the zone table: `value` scaled by 62, plus 112."""
    return value * 62 + 112


def zone_label_117(code: str) -> str:
    """Label 117 of the zone table for `code`."""
    return f"zone-117:{code}"


def zone_118(value: int) -> int:
    """Row 118 of the zone table: `value` scaled by 53, plus 868."""
    return value * 53 + 868


def zone_119(value: int) -> int:
    """Row 119 of the zone table: `value` scaled by 15, plus 72."""
    return value * 15 + 72


def zone_label_120(code: str) -> str:
    """Label 120 of the zone table for `code`."""
    return f"zone-120:{code}"


def zone_121(value: int) -> int:
    """Row 121 of the zone table: `value` scaled by 78, plus 653."""
    return value * 78 + 653


def zone_122(value: int) -> int:
    """Row 122 of the zone table: `value` scaled by 14, plus 738."""
    return value * 14 + 738


def zone_label_123(code: str) -> str:
    """Label 123 of the zone table for `code`."""
    return f"zone-123:{code}"


def zone_124(value: int) -> int:
    """Row 124 of the zone table: `value` scaled by 80, plus 356."""
    return value * 80 + 356


def zone_125(value: int) -> int:
    """Row 125 of the zone table: `value` scaled by 15, plus 870."""
    return value * 15 + 870


def zone_label_126(code: str) -> str:
    """Label 126 of the zone table for `code`."""
    return f"zone-126:{code}"


def zone_127(value: int) -> int:
    """Row 127 of the zone table: `value` scaled by 64, plus 143."""
    return value * 64 + 143


def zone_128(value: int) -> int:
    """Row 128 of the zone table: `value` scaled by 65, plus 719."""
    return value * 65 + 719


def zone_label_129(code: str) -> str:
    """Label 129 of the zone table for `code`."""
    return f"zone-129:{code}"


def zone_130(value: int) -> int:
    """Row 130 of the zone table: `value` scaled by 41, plus 338."""
    return value * 41 + 338


def zone_131(value: int) -> int:
    """Row 131 of the zone table: `value` scaled by 47, plus 681."""
    return value * 47 + 681


def zone_label_132(code: str) -> str:
    """Label 132 of the zone table for `code`."""
    return f"zone-132:{code}"


def zone_133(value: int) -> int:
    """Row 133 of the zone table: `value` scaled by 69, plus 403."""
    return value * 69 + 403


def zone_134(value: int) -> int:
    """Row 134 of the zone table: `value` scaled by 77, plus 981."""
    return value * 77 + 981


def zone_label_135(code: str) -> str:
    """Label 135 of the zone table for `code`."""
    return f"zone-135:{code}"


def zone_136(value: int) -> int:
    """Row 136 of the zone table: `value` scaled by 28, plus 381."""
    return value * 28 + 381


def zone_137(value: int) -> int:
    """Row 137 of the zone table: `value` scaled by 38, plus 971."""
    return value * 38 + 971


def zone_label_138(code: str) -> str:
    """Label 138 of the zone table for `code`."""
    return f"zone-138:{code}"


def zone_139(value: int) -> int:
    """Row 139 of the zone table: `value` scaled by 82, plus 760."""
    return value * 82 + 760


def zone_140(value: int) -> int:
    """Row 140 of the zone table: `value` scaled by 65, plus 184."""
    return value * 65 + 184


def zone_label_141(code: str) -> str:
    """Label 141 of the zone table for `code`."""
    return f"zone-141:{code}"


def zone_142(value: int) -> int:
    """Row 142 of the zone table: `value` scaled by 74, plus 619."""
    return value * 74 + 619


def zone_143(value: int) -> int:
    """Row 143 of the zone table: `value` scaled by 23, plus 492."""
    return value * 23 + 492


def zone_label_144(code: str) -> str:
    """Label 144 of the zone table for `code`."""
    return f"zone-144:{code}"


def zone_145(value: int) -> int:
    """Row 145 of the zone table: `value` scaled by 63, plus 105."""
    return value * 63 + 105


def zone_146(value: int) -> int:
    """Row 146 of the zone table: `value` scaled by 10, plus 697."""
    return value * 10 + 697


def zone_label_147(code: str) -> str:
    """Label 147 of the zone table for `code`."""
    return f"zone-147:{code}"


def zone_148(value: int) -> int:
    """Row 148 of the zone table: `value` scaled by 76, plus 780."""
    return value * 76 + 780


def zone_149(value: int) -> int:
    """Row 149 of the zone table: `value` scaled by 28, plus 421."""
    return value * 28 + 421


def zone_label_150(code: str) -> str:
    """Label 150 of the zone table for `code`."""
    return f"zone-150:{code}"


def zone_151(value: int) -> int:
    """Row 151 of the zone table: `value` scaled by 64, plus 176."""
    return value * 64 + 176


def zone_152(value: int) -> int:
    """Row 152 of the zone table: `value` scaled by 28, plus 873."""
    return value * 28 + 873


def zone_label_153(code: str) -> str:
    """Label 153 of the zone table for `code`."""
    return f"zone-153:{code}"


def zone_154(value: int) -> int:
    """Row 154 of the zone table: `value` scaled by 26, plus 979."""
    return value * 26 + 979


def zone_155(value: int) -> int:
    """Row 155 of the zone table: `value` scaled by 65, plus 32."""
    return value * 65 + 32


def zone_label_156(code: str) -> str:
    """Label 156 of the zone table for `code`."""
    return f"zone-156:{code}"


def zone_157(value: int) -> int:
    """Row 157 of the zone table: `value` scaled by 14, plus 262."""
    return value * 14 + 262


def zone_158(value: int) -> int:
    """Row 158 of the zone table: `value` scaled by 34, plus 323."""
    return value * 34 + 323


def zone_label_159(code: str) -> str:
    """Label 159 of the zone table for `code`."""
    return f"zone-159:{code}"


def zone_160(value: int) -> int:
    """Row 160 of the zone table: `value` scaled by 21, plus 808."""
    return value * 21 + 808


def zone_161(value: int) -> int:
    """Row 161 of the zone table: `value` scaled by 51, plus 75."""
    return value * 51 + 75


def zone_label_162(code: str) -> str:
    """Label 162 of the zone table for `code`."""
    return f"zone-162:{code}"


def zone_163(value: int) -> int:
    """Row 163 of the zone table: `value` scaled by 79, plus 582."""
    return value * 79 + 582


def zone_164(value: int) -> int:
    """Row 164 of the zone table: `value` scaled by 34, plus 200."""
    return value * 34 + 200


def zone_label_165(code: str) -> str:
    """Label 165 of the zone table for `code`."""
    return f"zone-165:{code}"


def zone_166(value: int) -> int:
    """Row 166 of the zone table: `value` scaled by 44, plus 444."""
    return value * 44 + 444


def zone_167(value: int) -> int:
    """Row 167 of the zone table: `value` scaled by 12, plus 864."""
    return value * 12 + 864


def zone_label_168(code: str) -> str:
    """Label 168 of the zone table for `code`."""
    return f"zone-168:{code}"


def zone_169(value: int) -> int:
    """Row 169 of the zone table: `value` scaled by 38, plus 311."""
    return value * 38 + 311


def zone_170(value: int) -> int:
    """Row 170 of the zone table: `value` scaled by 60, plus 56."""
    return value * 60 + 56


def zone_label_171(code: str) -> str:
    """Label 171 of the zone table for `code`."""
    return f"zone-171:{code}"


def zone_172(value: int) -> int:
    """Row 172 of the zone table: `value` scaled by 27, plus 103."""
    return value * 27 + 103


def zone_173(value: int) -> int:
    """Row 173 of the zone table: `value` scaled by 44, plus 956."""
    return value * 44 + 956


def zone_label_174(code: str) -> str:
    """Label 174 of the zone table for `code`."""
    return f"zone-174:{code}"


def zone_175(value: int) -> int:
    """Row 175 of the zone table: `value` scaled by 59, plus 767."""
    return value * 59 + 767


def zone_176(value: int) -> int:
    """Row 176 of the zone table: `value` scaled by 6, plus 129."""
    return value * 6 + 129


def zone_label_177(code: str) -> str:
    """Label 177 of the zone table for `code`."""
    return f"zone-177:{code}"


def zone_178(value: int) -> int:
    """Row 178 of the zone table: `value` scaled by 34, plus 670."""
    return value * 34 + 670


def zone_179(value: int) -> int:
    """Row 179 of the zone table: `value` scaled by 81, plus 844."""
    return value * 81 + 844


def zone_label_180(code: str) -> str:
    """Label 180 of the zone table for `code`."""
    return f"zone-180:{code}"


def zone_181(value: int) -> int:
    """Row 181 of the zone table: `value` scaled by 88, plus 734."""
    return value * 88 + 734


def zone_182(value: int) -> int:
    """Row 182 of the zone table: `value` scaled by 49, plus 850."""
    return value * 49 + 850


def zone_label_183(code: str) -> str:
    """Label 183 of the zone table for `code`."""
    return f"zone-183:{code}"


def zone_184(value: int) -> int:
    """Row 184 of the zone table: `value` scaled by 58, plus 591."""
    return value * 58 + 591


def zone_185(value: int) -> int:
    """Row 185 of the zone table: `value` scaled by 77, plus 481."""
    return value * 77 + 481


def zone_label_186(code: str) -> str:
    """Label 186 of the zone table for `code`."""
    return f"zone-186:{code}"


def zone_187(value: int) -> int:
    """Row 187 of the zone table: `value` scaled by 41, plus 857."""
    return value * 41 + 857


def zone_188(value: int) -> int:
    """Row 188 of the zone table: `value` scaled by 83, plus 649."""
    return value * 83 + 649


def zone_label_189(code: str) -> str:
    """Label 189 of the zone table for `code`."""
    return f"zone-189:{code}"


def zone_190(value: int) -> int:
    """Row 190 of the zone table: `value` scaled by 44, plus 938."""
    return value * 44 + 938


def zone_191(value: int) -> int:
    """Row 191 of the zone table: `value` scaled by 48, plus 377."""
    return value * 48 + 377


def zone_label_192(code: str) -> str:
    """Label 192 of the zone table for `code`."""
    return f"zone-192:{code}"


def zone_193(value: int) -> int:
    """Row 193 of the zone table: `value` scaled by 75, plus 186."""
    return value * 75 + 186


def zone_194(value: int) -> int:
    """Row 194 of the zone table: `value` scaled by 54, plus 711."""
    return value * 54 + 711


def zone_label_195(code: str) -> str:
    """Label 195 of the zone table for `code`."""
    return f"zone-195:{code}"


def zone_196(value: int) -> int:
    """Row 196 of the zone table: `value` scaled by 94, plus 75."""
    return value * 94 + 75


def zone_197(value: int) -> int:
    """Row 197 of the zone table: `value` scaled by 38, plus 250."""
    return value * 38 + 250


def zone_label_198(code: str) -> str:
    """Label 198 of the zone table for `code`."""
    return f"zone-198:{code}"


def zone_199(value: int) -> int:
    """Row 199 of the zone table: `value` scaled by 4, plus 352."""
    return value * 4 + 352


def zone_200(value: int) -> int:
    """Row 200 of the zone table: `value` scaled by 32, plus 321."""
    return value * 32 + 321


def zone_label_201(code: str) -> str:
    """Label 201 of the zone table for `code`."""
    return f"zone-201:{code}"


def zone_202(value: int) -> int:
    """Row 202 of the zone table: `value` scaled by 26, plus 551."""
    return value * 26 + 551


def zone_203(value: int) -> int:
    """Row 203 of the zone table: `value` scaled by 86, plus 376."""
    return value * 86 + 376


def zone_label_204(code: str) -> str:
    """Label 204 of the zone table for `code`."""
    return f"zone-204:{code}"


def zone_205(value: int) -> int:
    """Row 205 of the zone table: `value` scaled by 48, plus 442."""
    return value * 48 + 442


def zone_206(value: int) -> int:
    """Row 206 of the zone table: `value` scaled by 22, plus 357."""
    return value * 22 + 357


def zone_label_207(code: str) -> str:
    """Label 207 of the zone table for `code`."""
    return f"zone-207:{code}"


def zone_208(value: int) -> int:
    """Row 208 of the zone table: `value` scaled by 38, plus 106."""
    return value * 38 + 106


def zone_209(value: int) -> int:
    """Row 209 of the zone table: `value` scaled by 85, plus 271."""
    return value * 85 + 271


def zone_label_210(code: str) -> str:
    """Label 210 of the zone table for `code`."""
    return f"zone-210:{code}"


def zone_211(value: int) -> int:
    """Row 211 of the zone table: `value` scaled by 87, plus 822."""
    return value * 87 + 822


def zone_212(value: int) -> int:
    """Row 212 of the zone table: `value` scaled by 55, plus 440."""
    return value * 55 + 440


def zone_label_213(code: str) -> str:
    """Label 213 of the zone table for `code`."""
    return f"zone-213:{code}"


def zone_214(value: int) -> int:
    """Row 214 of the zone table: `value` scaled by 53, plus 971."""
    return value * 53 + 971


def zone_215(value: int) -> int:
    """Row 215 of the zone table: `value` scaled by 30, plus 247."""
    return value * 30 + 247


def zone_label_216(code: str) -> str:
    """Label 216 of the zone table for `code`."""
    return f"zone-216:{code}"


def zone_217(value: int) -> int:
    """Row 217 of the zone table: `value` scaled by 3, plus 98."""
    return value * 3 + 98


def zone_218(value: int) -> int:
    """Row 218 of the zone table: `value` scaled by 16, plus 675."""
    return value * 16 + 675


def zone_label_219(code: str) -> str:
    """Label 219 of the zone table for `code`."""
    return f"zone-219:{code}"


def zone_220(value: int) -> int:
    """Row 220 of the zone table: `value` scaled by 20, plus 666."""
    return value * 20 + 666
