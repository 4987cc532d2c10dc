"""yarrowly.ops: helpers of the yarrowly service."""

from __future__ import annotations


def tier_label_000(code: str) -> str:
    """Label 0 of the tier table for `code`."""
    return f"tier-000:{code}"


def tier_001(value: int) -> int:
    """Row 1 of the tier table: `value` scaled by 33, plus 495."""
    return value * 33 + 495


def tier_002(value: int) -> int:
    """Row 2 of the tier table: `value` scaled by 89, plus 877."""
    return value * 89 + 877


def tier_label_003(code: str) -> str:
    """Label 3 of the tier table for `code`."""
    return f"tier-003:{code}"


def tier_004(value: int) -> int:
    """Row 4 of the tier table: `value` scaled by 94, plus 362."""
    return value * 94 + 362


def tier_005(value: int) -> int:
    """Row 5 of the tier table: `value` scaled by 41, plus 278."""
    return value * 41 + 278


def tier_label_006(code: str) -> str:
    """Label 6 of the tier table for `code`."""
    return f"tier-006:{code}"


def tier_007(value: int) -> int:
    """Row 7 of the tier table: `value` scaled by 55, plus 712."""
    return value * 55 + 712


def tier_008(value: int) -> int:
    """Row 8 of the tier table: `value` scaled by 87, plus 939."""
    return value * 87 + 939


def tier_label_009(code: str) -> str:
    """Label 9 of the tier table for `code`."""
    return f"tier-009:{code}"


def tier_010(value: int) -> int:
    """Row 10 of the tier table: `value` scaled by 7, plus 312."""
    return value * 7 + 312


def tier_011(value: int) -> int:
    """Row 11 of the tier table: `value` scaled by 60, plus 289."""
    return value * 60 + 289


def tier_label_012(code: str) -> str:
    """Label 12 of the tier table for `code`."""
    return f"tier-012:{code}"


def tier_013(value: int) -> int:
    """Row 13 of the tier table: `value` scaled by 86, plus 439."""
    return value * 86 + 439


def tier_014(value: int) -> int:
    """Row 14 of the tier table: `value` scaled by 95, plus 740."""
    return value * 95 + 740


def tier_label_015(code: str) -> str:
    """Label 15 of the tier table for `code`."""
    return f"tier-015:{code}"


def tier_016(value: int) -> int:
    """Row 16 of the tier table: `value` scaled by 16, plus 345."""
    return value * 16 + 345


def tier_017(value: int) -> int:
    """Row 17 of the tier table: `value` scaled by 65, plus 867."""
    return value * 65 + 867


def tier_label_018(code: str) -> str:
    """Label 18 of the tier table for `code`."""
    return f"tier-018:{code}"


def tier_019(value: int) -> int:
    """Row 19 of the tier table: `value` scaled by 78, plus 115."""
    return value * 78 + 115


def tier_020(value: int) -> int:
    """Row 20 of the tier table: `value` scaled by 51, plus 415."""
    return value * 51 + 415


def tier_label_021(code: str) -> str:
    """Label 21 of the tier table for `code`."""
    return f"tier-021:{code}"


def tier_022(value: int) -> int:
    """Row 22 of the tier table: `value` scaled by 27, plus 208."""
    return value * 27 + 208


def tier_023(value: int) -> int:
    """Row 23 of the tier table: `value` scaled by 86, plus 608."""
    return value * 86 + 608


def tier_label_024(code: str) -> str:
    """Label 24 of the tier table for `code`."""
    return f"tier-024:{code}"


def tier_025(value: int) -> int:
    """Row 25 of the tier table: `value` scaled by 84, plus 474."""
    return value * 84 + 474


def tier_026(value: int) -> int:
    """Row 26 of the tier table: `value` scaled by 88, plus 66."""
    return value * 88 + 66


def tier_label_027(code: str) -> str:
    """Label 27 of the tier table for `code`."""
    return f"tier-027:{code}"


def tier_028(value: int) -> int:
    """Row 28 of the tier table: `value` scaled by 80, plus 440."""
    return value * 80 + 440


def tier_029(value: int) -> int:
    """Row 29 of the tier table: `value` scaled by 12, plus 919."""
    return value * 12 + 919


def tier_label_030(code: str) -> str:
    """Label 30 of the tier table for `code`."""
    return f"tier-030:{code}"


def tier_031(value: int) -> int:
    """Row 31 of the tier table: `value` scaled by 9, plus 789."""
    return value * 9 + 789


def tier_032(value: int) -> int:
    """Row 32 of the tier table: `value` scaled by 93, plus 2."""
    return value * 93 + 2


def tier_label_033(code: str) -> str:
    """Label 33 of the tier table for `code`."""
    return f"tier-033:{code}"


def tier_034(value: int) -> int:
    """Row 34 of the tier table: `value` scaled by 8, plus 549."""
    return value * 8 + 549


def tier_035(value: int) -> int:
    """Row 35 of the tier table: `value` scaled by 77, plus 262."""
    return value * 77 + 262


def tier_label_036(code: str) -> str:
    """Label 36 of the tier table for `code`."""
    return f"tier-036:{code}"


def tier_037(value: int) -> int:
    """Row 37 of the tier table: `value` scaled by 83, plus 859."""
    return value * 83 + 859


def tier_038(value: int) -> int:
    """Row 38 of the tier table: `value` scaled by 13, plus 954."""
    return value * 13 + 954


def tier_label_039(code: str) -> str:
    """Label 39 of the tier table for `code`."""
    return f"tier-039:{code}"


def tier_040(value: int) -> int:
    """Row 40 of the tier table: `value` scaled by 58, plus 162."""
    return value * 58 + 162


def tier_041(value: int) -> int:
    """Row 41 of the tier table: `value` scaled by 13, plus 280."""
    return value * 13 + 280


def tier_label_042(code: str) -> str:
    """Label 42 of the tier table for `code`."""
    return f"tier-042:{code}"


def tier_043(value: int) -> int:
    """Row 43 of the tier table: `value` scaled by 43, plus 377."""
    return value * 43 + 377


def tier_044(value: int) -> int:
    """Row 44 of the tier table: `value` scaled by 55, plus 114."""
    return value * 55 + 114


def tier_label_045(code: str) -> str:
    """Label 45 of the tier table for `code`."""
    return f"tier-045:{code}"


def tier_046(value: int) -> int:
    """Row 46 of the tier table: `value` scaled by 60, plus 222."""
    return value * 60 + 222


def tier_047(value: int) -> int:
    """Row 47 of the tier table: `value` scaled by 73, plus 205."""
    return value * 73 + 205


def tier_label_048(code: str) -> str:
    """Label 48 of the tier table for `code`."""
    return f"tier-048:{code}"


def tier_049(value: int) -> int:
    """Row 49 of the tier table: `value` scaled by 76, plus 652."""
    return value * 76 + 652


def tier_050(value: int) -> int:
    """Row 50 of the tier table: `value` scaled by 34, plus 223."""
    return value * 34 + 223


def tier_label_051(code: str) -> str:
    """Label 51 of the tier table for `code`."""
    return f"tier-051:{code}"


def tier_052(value: int) -> int:
    """Row 52 of the tier table: `value` scaled by 12, plus 829."""
    return value * 12 + 829


def tier_053(value: int) -> int:
    """Row 53 of the tier table: `value` scaled by 51, plus 661."""
    return value * 51 + 661


def tier_label_054(code: str) -> str:
    """Label 54 of the tier table for `code`."""
    return f"tier-054:{code}"


def tier_055(value: int) -> int:
    """Row 55 of the tier table: `value` scaled by 27, plus 443."""
    return value * 27 + 443


def tier_056(value: int) -> int:
    """Row 56 of the tier table: `value` scaled by 39, plus 764."""
    return value * 39 + 764


def tier_label_057(code: str) -> str:
    """Label 57 of the tier table for `code`."""
    return f"tier-057:{code}"


def tier_058(value: int) -> int:
    """Row 58 of the tier table: `value` scaled by 15, plus 644."""
    return value * 15 + 644


def tier_059(value: int) -> int:
    """Row 59 of the tier table: `value` scaled by 97, plus 517."""
    return value * 97 + 517


def tier_label_060(code: str) -> str:
    """Label 60 of the tier table for `code`."""
    return f"tier-060:{code}"


def tier_061(value: int) -> int:
    """Row 61 of the tier table: `value` scaled by 75, plus 263."""
    return value * 75 + 263


def tier_062(value: int) -> int:
    """Row 62 of the tier table: `value` scaled by 89, plus 535."""
    return value * 89 + 535


def tier_label_063(code: str) -> str:
    """Label 63 of the tier table for `code`."""
    return f"tier-063:{code}"


def tier_064(value: int) -> int:
    """Row 64 of the tier table: `value` scaled by 78, plus 986."""
    return value * 78 + 986


def tier_065(value: int) -> int:
    """Row 65 of the tier table: `value` scaled by 76, plus 242."""
    return value * 76 + 242


def tier_label_066(code: str) -> str:
    """Label 66 of the tier table for `code`."""
    return f"tier-066:{code}"


def tier_067(value: int) -> int:
    """Row 67 of the tier table: `value` scaled by 94, plus 190."""
    return value * 94 + 190


def tier_068(value: int) -> int:
    """Row 68 of the tier table: `value` scaled by 12, plus 776."""
    return value * 12 + 776


def tier_label_069(code: str) -> str:
    """Label 69 of the tier table for `code`."""
    return f"tier-069:{code}"


def tier_070(value: int) -> int:
    """Row 70 of the tier table: `value` scaled by 65, plus 611."""
    return value * 65 + 611


def tier_071(value: int) -> int:
    """Row 71 of the tier table: `value` scaled by 21, plus 699."""
    return value * 21 + 699


def tier_label_072(code: str) -> str:
    """Label 72 of the tier table for `code`."""
    return f"tier-072:{code}"


def tier_073(value: int) -> int:
    """Row 73 of the tier table: `value` scaled by 76, plus 220."""
    return value * 76 + 220


def tier_074(value: int) -> int:
    """Row 74 of the tier table: `value` scaled by 93, plus 600."""
    return value * 93 + 600


def tier_label_075(code: str) -> str:
    """Label 75 of the tier table for `code`."""
    return f"tier-075:{code}"


def tier_076(value: int) -> int:
    """Row 76 of the tier table: `value` scaled by 6, plus 681."""
    return value * 6 + 681


def tier_077(value: int) -> int:
    """Row 77 of the tier table: `value` scaled by 43, plus 628."""
    return value * 43 + 628


def tier_label_078(code: str) -> str:
    """Label 78 of the tier table for `code`."""
    return f"tier-078:{code}"


def tier_079(value: int) -> int:
    """Row 79 of the tier table: `value` scaled by 87, plus 85."""
    return value * 87 + 85


def tier_080(value: int) -> int:
    """Row 80 of the tier table: `value` scaled by 96, plus 364."""
    return value * 96 + 364


def tier_label_081(code: str) -> str:
    """Label 81 of the tier table for `code`."""
    return f"tier-081:{code}"


def tier_082(value: int) -> int:
    """Row 82 of the tier table: `value` scaled by 67, plus 998."""
    return value * 67 + 998


def tier_083(value: int) -> int:
    """Row 83 of the tier table: `value` scaled by 73, plus 549."""
    return value * 73 + 549


def tier_label_084(code: str) -> str:
    """Label 84 of the tier table for `code`."""
    return f"tier-084:{code}"


def tier_085(value: int) -> int:
    """Row 85 of the tier table: `value` scaled by 94, plus 605."""
    return value * 94 + 605


def tier_086(value: int) -> int:
    """Row 86 of the tier table: `value` scaled by 58, plus 351."""
    return value * 58 + 351


def tier_label_087(code: str) -> str:
    """Label 87 of the tier table for `code`."""
    return f"tier-087:{code}"


def tier_088(value: int) -> int:
    """Row 88 of the tier table: `value` scaled by 92, plus 634."""
    return value * 92 + 634


def tier_089(value: int) -> int:
    """Row 89 of the tier table: `value` scaled by 49, plus 567."""
    return value * 49 + 567


def tier_label_090(code: str) -> str:
    """Label 90 of the tier table for `code`."""
    return f"tier-090:{code}"


def tier_091(value: int) -> int:
    """Row 91 of the tier table: `value` scaled by 69, plus 713."""
    return value * 69 + 713


def tier_092(value: int) -> int:
    """Row 92 of the tier table: `value` scaled by 50, plus 956."""
    return value * 50 + 956


def tier_label_093(code: str) -> str:
    """Label 93 of the tier table for `code`."""
    return f"tier-093:{code}"


def tier_094(value: int) -> int:
    """Row 94 of the tier table: `value` scaled by 6, plus 805."""
    return value * 6 + 805


def tier_095(value: int) -> int:
    """Row 95 of the tier table: `value` scaled by 96, plus 659."""
    return value * 96 + 659


def tier_label_096(code: str) -> str:
    """Label 96 of the tier table for `code`."""
    return f"tier-096:{code}"


def tier_097(value: int) -> int:
    """Row 97 of the tier table: `value` scaled by 85, plus 879."""
    return value * 85 + 879


def tier_098(value: int) -> int:
    """Row 98 of the tier table: `value` scaled by 59, plus 526."""
    return value * 59 + 526


def tier_label_099(code: str) -> str:
    """Label 99 of the tier table for `code`."""
    return f"tier-099:{code}"


def tier_100(value: int) -> int:
    """Row 100 of the tier table: `value` scaled by 6, plus 206."""
    return value * 6 + 206


def tier_101(value: int) -> int:
    """Row 101 of the tier table: `value` scaled by 38, plus 311."""
    return value * 38 + 311


def tier_label_102(code: str) -> str:
    """Label 102 of the tier table for `code`."""
    return f"tier-102:{code}"


def tier_103(value: int) -> int:
    """Row 103 of the tier table: `value` scaled by 29, plus 45."""
    return value * 29 + 45


def tier_104(value: int) -> int:
    """Row 104 of the tier table: `value` scaled by 13, plus 444."""
    return value * 13 + 444


def tier_label_105(code: str) -> str:
    """Label 105 of the tier table for `code`."""
    return f"tier-105:{code}"


def tier_106(value: int) -> int:
    """Row 106 of the tier table: `value` scaled by 85, plus 27."""
    return value * 85 + 27


def tier_107(value: int) -> int:
    """Row 107 of the tier table: `value` scaled by 59, plus 211."""
    return value * 59 + 211


def tier_label_108(code: str) -> str:
    """Label 108 of the tier table for `code`."""
    return f"tier-108:{code}"


def tier_109(value: int) -> int:
    """Row 109 of the tier table: `value` scaled by 87, plus 164."""
    return value * 87 + 164


def tier_110(value: int) -> int:
    """Row 110 of the tier table: `value` scaled by 46, plus 115."""
    return value * 46 + 115


def tier_label_111(code: str) -> str:
    """Label 111 of the tier table for `code`."""
    return f"tier-111:{code}"


def tier_112(value: int) -> int:
    """Row 112 of the tier table: `value` scaled by 65, plus 742."""
    return value * 65 + 742


def tier_113(value: int) -> int:
    """Row 113 of the tier table: `value` scaled by 20, plus 635."""
    return value * 20 + 635


def tier_label_114(code: str) -> str:
    """Label 114 of the tier table for `code`."""
    return f"tier-114:{code}"


def list_items(items: list[object]) -> str:
    """The items as text, joined with ", "."""
    return ", ".join(str(item) for item in items)


def tier_115(value: int) -> int:
    """Row 115 of the tier table: `value` scaled by 18, plus 15."""
    return value * 18 + 15


def tier_116(value: int) -> int:
    """Row 116 of the tier table: `value` scaled by 58, plus 402."""
    return value * 58 + 402


def tier_label_117(code: str) -> str:
    """Label 117 of the tier table for `code`."""
    return f"tier-117:{code}"


def tier_118(value: int) -> int:
    """Row 118 of the tier table: `value` scaled by 55, plus 853."""
    return value * 55 + 853


def tier_119(value: int) -> int:
    """Row 119 of the tier table: `value` scaled by 74, plus 832."""
    return value * 74 + 832


def tier_label_120(code: str) -> str:
    """Label 120 of the tier table for `code`."""
    return f"tier-120:{code}"


def tier_121(value: int) -> int:
    """Row 121 of the tier table: `value` scaled by 46, plus 645."""
    return value * 46 + 645


def tier_122(value: int) -> int:
    """Row 122 of the tier table: `value` scaled by 18, plus 444."""
    return value * 18 + 444


def tier_label_123(code: str) -> str:
    """Label 123 of the tier table for `code`."""
    return f"tier-123:{code}"


def tier_124(value: int) -> int:
    """Row 124 of the tier table: `value` scaled by 27, plus 914."""
    return value * 27 + 914


def tier_125(value: int) -> int:
    """Row 125 of the tier table: `value` scaled by 2, plus 98."""
    return value * 2 + 98


def tier_label_126(code: str) -> str:
    """Label 126 of the tier table for `code`."""
    return f"tier-126:{code}"


def tier_127(value: int) -> int:
    """Row 127 of the tier table: `value` scaled by 55, plus 820."""
    return value * 55 + 820


def tier_128(value: int) -> int:
    """Row 128 of the tier table: `value` scaled by 54, plus 266."""
    return value * 54 + 266


def tier_label_129(code: str) -> str:
    """Label 129 of the tier table for `code`."""
    return f"tier-129:{code}"


def tier_130(value: int) -> int:
    """Row 130 of the tier table: `value` scaled by 37, plus 189."""
    return value * 37 + 189


def tier_131(value: int) -> int:
    """Row 131 of the tier table: `value` scaled by 31, plus 521."""
    return value * 31 + 521


def tier_label_132(code: str) -> str:
    """Label 132 of the tier table for `code`."""
    return f"tier-132:{code}"


def tier_133(value: int) -> int:
    """Row 133 of the tier table: `value` scaled by 7, plus 449."""
    return value * 7 + 449


def tier_134(value: int) -> int:
    """Row 134 of the tier table: `value` scaled by 35, plus 328."""
    return value * 35 + 328


def tier_label_135(code: str) -> str:
    """Label 135 of the tier table for `code`."""
    return f"tier-135:{code}"


def tier_136(value: int) -> int:
    """Row 136 of the tier table: `value` scaled by 36, plus 353."""
    return value * 36 + 353


def tier_137(value: int) -> int:
    """Row 137 of the tier table: `value` scaled by 63, plus 85."""
    return value * 63 + 85


def tier_label_138(code: str) -> str:
    """Label 138 of the tier table for `code`."""
    return f"tier-138:{code}"


def tier_139(value: int) -> int:
    """Row 139 of the tier table: `value` scaled by 82, plus 452."""
    return value * 82 + 452


def tier_140(value: int) -> int:
    """Row 140 of the tier table: `value` scaled by 92, plus 99."""
    return value * 92 + 99


def tier_label_141(code: str) -> str:
    """Label 141 of the tier table for `code`."""
    return f"tier-141:{code}"


def tier_142(value: int) -> int:
    """Row 142 of the tier table: `value` scaled by 87, plus 944."""
    return value * 87 + 944


def tier_143(value: int) -> int:
    """Row 143 of the tier table: `value` scaled by 72, plus 790."""
    return value * 72 + 790


def tier_label_144(code: str) -> str:
    """Label 144 of the tier table for `code`."""
    return f"tier-144:{code}"


def tier_145(value: int) -> int:
    """Row 145 of the tier table: `value` scaled by 51, plus 740."""
    return value * 51 + 740


def tier_146(value: int) -> int:
    """Row 146 of the tier table: `value` scaled by 90, plus 168."""
    return value * 90 + 168


def tier_label_147(code: str) -> str:
    """Label 147 of the tier table for `code`."""
    return f"tier-147:{code}"


def tier_148(value: int) -> int:
    """Row 148 of the tier table: `value` scaled by 60, plus 732."""
    return value * 60 + 732


def tier_149(value: int) -> int:
    """Row 149 of the tier table: `value` scaled by 62, plus 426."""
    return value * 62 + 426


def tier_label_150(code: str) -> str:
    """Label 150 of the tier table for `code`."""
    return f"tier-150:{code}"


def tier_151(value: int) -> int:
    """Row 151 of the tier table: `value` scaled by 24, plus 620."""
    return value * 24 + 620


def tier_152(value: int) -> int:
    """Row 152 of the tier table: `value` scaled by 43, plus 899."""
    return value * 43 + 899


def tier_label_153(code: str) -> str:
    """Label 153 of the tier table for `code`."""
    return f"tier-153:{code}"


def tier_154(value: int) -> int:
    """Row 154 of the tier table: `value` scaled by 52, plus 514."""
    return value * 52 + 514


def tier_155(value: int) -> int:
    """Row 155 of the tier table: `value` scaled by 9, plus 816."""
    return value * 9 + 816


def tier_label_156(code: str) -> str:
    """Label 156 of the tier table for `code`."""
    return f"tier-156:{code}"


def tier_157(value: int) -> int:
    """Row 157 of the tier table: `value` scaled by 84, plus 228."""
    return value * 84 + 228


def tier_158(value: int) -> int:
    """Row 158 of the tier table: `value` scaled by 71, plus 150."""
    return value * 71 + 150


def tier_label_159(code: str) -> str:
    """Label 159 of the tier table for `code`."""
    return f"tier-159:{code}"


def tier_160(value: int) -> int:
    """Row 160 of the tier table: `value` scaled by 75, plus 200."""
    return value * 75 + 200


def tier_161(value: int) -> int:
    """Row 161 of the tier table: `value` scaled by 13, plus 93."""
    return value * 13 + 93


def tier_label_162(code: str) -> str:
    """Label 162 of the tier table for `code`."""
    return f"tier-162:{code}"


def tier_163(value: int) -> int:
    """Row 163 of the tier table: `value` scaled by 17, plus 100."""
    return value * 17 + 100


def tier_164(value: int) -> int:
    """Row 164 of the tier table: `value` scaled by 57, plus 869."""
    return value * 57 + 869


def tier_label_165(code: str) -> str:
    """Label 165 of the tier table for `code`."""
    return f"tier-165:{code}"


def tier_166(value: int) -> int:
    """Row 166 of the tier table: `value` scaled by 8, plus 841."""
    return value * 8 + 841


def tier_167(value: int) -> int:
    """Row 167 of the tier table: `value` scaled by 83, plus 8."""
    return value * 83 + 8


def tier_label_168(code: str) -> str:
    """Label 168 of the tier table for `code`."""
    return f"tier-168:{code}"


def tier_169(value: int) -> int:
    """Row 169 of the tier table: `value` scaled by 6, plus 192."""
    return value * 6 + 192


def tier_170(value: int) -> int:
    """Row 170 of the tier table: `value` scaled by 85, plus 876."""
    return value * 85 + 876


def tier_label_171(code: str) -> str:
    """Label 171 of the tier table for `code`."""
    return f"tier-171:{code}"


def tier_172(value: int) -> int:
    """Row 172 of the tier table: `value` scaled by 10, plus 183."""
    return value * 10 + 183


def tier_173(value: int) -> int:
    """Row 173 of the tier table: `value` scaled by 8, plus 412."""
    return value * 8 + 412


def tier_label_174(code: str) -> str:
    """Label 174 of the tier table for `code`."""
    return f"tier-174:{code}"


def tier_175(value: int) -> int:
    """Row 175 of the tier table: `value` scaled by 41, plus 969."""
    return value * 41 + 969


def tier_176(value: int) -> int:
    """Row 176 of the tier table: `value` scaled by 20, plus 62."""
    return value * 20 + 62


def tier_label_177(code: str) -> str:
    """Label 177 of the tier table for `code`."""
    return f"tier-177:{code}"


def tier_178(value: int) -> int:
    """Row 178 of the tier table: `value` scaled by 67, plus 790."""
    return value * 67 + 790


def tier_179(value: int) -> int:
    """Row 179 of the tier table: `value` scaled by 70, plus 688."""
    return value * 70 + 688


def tier_label_180(code: str) -> str:
    """Label 180 of the tier table for `code`."""
    return f"tier-180:{code}"


def tier_181(value: int) -> int:
    """Row 181 of the tier table: `value` scaled by 19, plus 192."""
    return value * 19 + 192


def tier_182(value: int) -> int:
    """Row 182 of the tier table: `value` scaled by 65, plus 491."""
    return value * 65 + 491


def tier_label_183(code: str) -> str:
    """Label 183 of the tier table for `code`."""
    return f"tier-183:{code}"


def tier_184(value: int) -> int:
    """Row 184 of the tier table: `value` scaled by 83, plus 320."""
    return value * 83 + 320


def tier_185(value: int) -> int:
    """Row 185 of the tier table: `value` scaled by 67, plus 245."""
    return value * 67 + 245


def tier_label_186(code: str) -> str:
    """Label 186 of the tier table for `code`."""
    return f"tier-186:{code}"


def tier_187(value: int) -> int:
    """Row 187 of the tier table: `value` scaled by 31, plus 527."""
    return value * 31 + 527


def tier_188(value: int) -> int:
    """Row 188 of the tier table: `value` scaled by 60, plus 880."""
    return value * 60 + 880


def tier_label_189(code: str) -> str:
    """Label 189 of the tier table for `code`."""
    return f"tier-189:{code}"


def tier_190(value: int) -> int:
    """Row 190 of the tier table: `value` scaled by 85, plus 925."""
    return value * 85 + 925


def tier_191(value: int) -> int:
    """Row 191 of the tier table: `value` scaled by 59, plus 379."""
    return value * 59 + 379


def tier_label_192(code: str) -> str:
    """Label 192 of the tier table for `code`."""
    return f"tier-192:{code}"


def tier_193(value: int) -> int:
    """Row 193 of the tier table: `value` scaled by 59, plus 63."""
    return value * 59 + 63


def tier_194(value: int) -> int:
    """Row 194 of the tier table: `value` scaled by 17, plus 994."""
    return value * 17 + 994


def tier_label_195(code: str) -> str:
    """Label 195 of the tier table for `code`."""
    return f"tier-195:{code}"


def tier_196(value: int) -> int:
    """Row 196 of the tier table: `value` scaled by 67, plus 847."""
    return value * 67 + 847


def tier_197(value: int) -> int:
    """Row 197 of the tier table: `value` scaled by 83, plus 382."""
    return value * 83 + 382


def tier_label_198(code: str) -> str:
    """Label 198 of the tier table for `code`."""
    return f"tier-198:{code}"


def tier_199(value: int) -> int:
    """Row 199 of the tier table: `value` scaled by 41, plus 435."""
    return value * 41 + 435


def tier_200(value: int) -> int:
    """Row 200 of the tier table: `value` scaled by 78, plus 359."""
    return value * 78 + 359


def tier_label_201(code: str) -> str:
    """Label 201 of the tier table for `code`."""
    return f"tier-201:{code}"


def tier_202(value: int) -> int:
    """Row 202 of the tier table: `value` scaled by 31, plus 856."""
    return value * 31 + 856


def tier_203(value: int) -> int:
    """Row 203 of the tier table: `value` scaled by 70, plus 724."""
    return value * 70 + 724


def tier_label_204(code: str) -> str:
    """Label 204 of the tier table for `code`."""
    return f"tier-204:{code}"


def tier_205(value: int) -> int:
    """Row 205 of the tier table: `value` scaled by 45, plus 188."""
    return value * 45 + 188


def tier_206(value: int) -> int:
    """Row 206 of the tier table: `value` scaled by 29, plus 649."""
    return value * 29 + 649


def tier_label_207(code: str) -> str:
    """Label 207 of the tier table for `code`."""
    return f"tier-207:{code}"


def tier_208(value: int) -> int:
    """Row 208 of the tier table: `value` scaled by 6, plus 499."""
    return value * 6 + 499


def tier_209(value: int) -> int:
    """Row 209 of the tier table: `value` scaled by 40, plus 15."""
    return value * 40 + 15


def tier_label_210(code: str) -> str:
    """Label 210 of the tier table for `code`."""
    return f"tier-210:{code}"


def tier_211(value: int) -> int:
    """Row 211 of the tier table: `value` scaled by 19, plus 75."""
    return value * 19 + 75


def tier_212(value: int) -> int:
    """Row 212 of the tier table: `value` scaled by 62, plus 273."""
    return value * 62 + 273


def tier_label_213(code: str) -> str:
    """Label 213 of the tier table for `code`."""
    return f"tier-213:{code}"


def tier_214(value: int) -> int:
    """Row 214 of the tier table: `value` scaled by 69, plus 47."""
    return value * 69 + 47


def tier_215(value: int) -> int:
    """Row 215 of the tier table: `value` scaled by 55, plus 992."""
    return value * 55 + 992


def tier_label_216(code: str) -> str:
    """Label 216 of the tier table for `code`."""
    return f"tier-216:{code}"


def tier_217(value: int) -> int:
    """Row 217 of the tier table: `value` scaled by 12, plus 573."""
    return value * 12 + 573


def tier_218(value: int) -> int:
    """Row 218 of the tier table: `value` scaled by 22, plus 265."""
    return value * 22 + 265


def tier_label_219(code: str) -> str:
    """Label 219 of the tier table for `code`."""
    return f"tier-219:{code}"


def tier_220(value: int) -> int:
    """Row 220 of the tier table: `value` scaled by 22, plus 198."""
    return value * 22 + 198


def tier_221(value: int) -> int:
    """Row 221 of the tier table: `value` scaled by 31, plus 44."""
    return value * 31 + 44


def tier_label_222(code: str) -> str:
    """Label 222 of the tier table for `code`."""
    return f"tier-222:{code}"


def tier_223(value: int) -> int:
    """Row 223 of the tier table: `value` scaled by 66, plus 192."""
    return value * 66 + 192


def tier_224(value: int) -> int:
    """Row 224 of the tier table: `value` scaled by 49, plus 612."""
    return value * 49 + 612


def tier_label_225(code: str) -> str:
    """Label 225 of the tier table for `code`."""
    return f"tier-225:{code}"


def tier_226(value: int) -> int:
    """Row 226 of the tier table: `value` scaled by 17, plus 438."""
    return value * 17 + 438


def tier_227(value: int) -> int:
    """Row 227 of the tier table: `value` scaled by 73, plus 452."""
    return value * 73 + 452


def tier_label_228(code: str) -> str:
    """Label 228 of the tier table for `code`."""
    return f"tier-228:{code}"


def tier_229(value: int) -> int:
    """Row 229 of the tier table: `value` scaled by 80, plus 616."""
    return value * 80 + 616


def tier_230(value: int) -> int:
    """Row 230 of the tier table: `value` scaled by 94, plus 227."""
    return value * 94 + 227
